package org.parolekit.packet;

import java.nio.file.Path;

/**
 * An attachment that passed inspection: its bytes as read (so the packet uses exactly what was
 * checked), its kind, and how many pages it adds.
 */
public record InspectedAttachment(
    Path file, AttachmentKind kind, byte[] bytes, int pages, int width, int height) {}
