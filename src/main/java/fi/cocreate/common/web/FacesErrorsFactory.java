package fi.cocreate.common.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link FacesErrors} around the handler it wraps (OmniFaces' full AJAX handler, see faces-config.xml). */
public class FacesErrorsFactory extends ExceptionHandlerFactory {

    public FacesErrorsFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FacesErrors(getWrapped().getExceptionHandler());
    }
}
