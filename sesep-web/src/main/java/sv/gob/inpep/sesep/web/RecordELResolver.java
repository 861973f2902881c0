package sv.gob.inpep.sesep.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Lets pages read Java records, which is how boundaries hand data out (no entity leaves them):
 * {@code #{request.seiNumber}} calls the record's {@code seiNumber()}. Jakarta EL 5 (Jakarta EE 10,
 * WildFly 39) only knows JavaBeans getters; EL 6 brings the same as its own RecordELResolver, and
 * this class can go then. Read-only: records are immutable. Registered in faces-config.xml, so it
 * is asked before the bean resolver; names it does not find fall through to it ({@code isX()}).
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new jakarta.el.ELException(e.getCause());
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        return null; // read-only, as the specification asks of non-writable properties
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException("Records are read-only: " + base.getClass().getSimpleName()
                    + "." + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? Object.class : null;
    }

    /** A public no-argument method of a record named like the property (components and derived values). */
    private static Method accessor(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        try {
            Method method = base.getClass().getMethod(property.toString());
            boolean usable = Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() != void.class && Modifier.isPublic(base.getClass().getModifiers());
            return usable ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
