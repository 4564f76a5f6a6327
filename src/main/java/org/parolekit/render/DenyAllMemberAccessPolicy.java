package org.parolekit.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

/** Lets templates reach no Java method, constructor or field of any object. */
final class DenyAllMemberAccessPolicy implements MemberAccessPolicy {
  static final DenyAllMemberAccessPolicy INSTANCE = new DenyAllMemberAccessPolicy();

  private static final ClassMemberAccessPolicy DENY =
      new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(java.lang.reflect.Method method) {
          return false;
        }

        @Override
        public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
          return false;
        }

        @Override
        public boolean isFieldExposed(java.lang.reflect.Field field) {
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
