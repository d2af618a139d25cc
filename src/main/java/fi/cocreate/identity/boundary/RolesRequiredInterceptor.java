package fi.cocreate.identity.boundary;

import fi.cocreate.identity.entity.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;

/**
 * Runs the check {@link RolesRequired} declares: the method's own annotation if it has one, otherwise its class's.
 * Enabled for the whole application by its priority (no beans.xml entry), and applied to EJBs and CDI beans alike.
 */
@RolesRequired
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RolesRequiredInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @AroundInvoke
    public Object requireRoles(InvocationContext invocation) throws Exception {
        caller.require(rolesOf(invocation.getMethod(), invocation.getTarget()));
        return invocation.proceed();
    }

    static Role[] rolesOf(Method method, Object target) {
        RolesRequired declared = method.getAnnotation(RolesRequired.class);
        if (declared == null) {
            declared = method.getDeclaringClass().getAnnotation(RolesRequired.class);
        }
        for (Class<?> type = target == null ? null : target.getClass();
                declared == null && type != null;
                type = type.getSuperclass()) {
            declared = type.getAnnotation(RolesRequired.class);
        }
        return declared == null ? new Role[0] : declared.value();
    }
}
