package org.parolekit.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Lets templates reach no Java method, constructor or field of any object. */
final class DenyAllMemberAccessPolicy implements MemberAccessPolicy {
  static final DenyAllMemberAccessPolicy INSTANCE = new DenyAllMemberAccessPolicy();

  private static final ClassMemberAccessPolicy DENY =
      new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
          return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
          return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
          return false;
        }
      };

  private DenyAllMemberAccessPolicy() {}

  @Override
  public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
    return DENY;
  }

  @Override
  public boolean isToStringAlwaysExposed() {
    return false;
  }
}
