package org.parolekit.packet;

/**
 * A PDF attachment refused from its raw bytes, before a PDF library reads it; {@code key} names the
 * message in {@code Messages.properties} and {@code args} fill it after the file's label.
 */
final class UnsafePdf extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;

  UnsafePdf(String key, Object... args) {
    super(key, null, false, false);
    this.key = key;
    this.args = args.clone();
  }

  /** The message for the attachment described as {@code label}. */
  String message(String label) {
    Object[] all = new Object[args.length + 1];
    all[0] = label;
    System.arraycopy(args, 0, all, 1, args.length);
    return Messages.get(key, all);
  }
}
