package fi.cocreate.identity.boundary;

import fi.cocreate.identity.entity.Role;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A declarative role check on a boundary method (or every method of a boundary class): before the method runs,
 * {@link RolesRequiredInterceptor} asks {@link Caller#require(Role...)}, so a caller who is not logged in or has none
 * of the roles is refused with {@link fi.cocreate.common.AccessDenied} and the method does not run. No roles named
 * means any logged-in account. Use it where a method only checks a role; a method that also needs the account (for
 * an audit row, ownership) asks the caller itself.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RolesRequired {

    /** The caller needs at least one of these roles; none named means any logged-in account. */
    @Nonbinding
    Role[] value() default {};
}
