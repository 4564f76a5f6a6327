package org.parolekit.packet;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * What one PDF page draws besides its text, in page coordinates: the images placed and the
 * rectangles stroked or filled, with their colors, so tests can check where things land.
 */
final class PageDrawing extends PDFGraphicsStreamEngine {
  /** A rectangle stroked or filled: its bounds, its color as 0xRRGGBB, line width and opacity. */
  record Shape(Rectangle2D bounds, boolean filled, int rgb, float lineWidth, double opacity) {}

  private final List<Rectangle2D> images = new ArrayList<>();
  private final List<Shape> shapes = new ArrayList<>();
  private final List<Point2D> path = new ArrayList<>();
  private Point2D current = new Point2D.Float();

  private PageDrawing(PDPage page) {
    super(page);
  }

  static PageDrawing of(PDPage page) throws IOException {
    PageDrawing drawing = new PageDrawing(page);
    drawing.processPage(page);
    return drawing;
  }

  List<Rectangle2D> images() {
    return images;
  }

  List<Shape> shapes() {
    return shapes;
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
    images.add(
        new Rectangle2D.Float(
            m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), m.getScalingFactorY()));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    path.addAll(List.of(p0, p1, p2, p3));
  }

  @Override
  public void strokePath() throws IOException {
    record(false);
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    record(true);
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    record(true);
  }

  private void record(boolean filled) throws IOException {
    if (!path.isEmpty()) {
      Rectangle2D bounds = new Rectangle2D.Double(path.get(0).getX(), path.get(0).getY(), 0, 0);
      path.forEach(bounds::add);
      var state = getGraphicsState();
      int rgb = filled ? state.getNonStrokingColor().toRGB() : state.getStrokingColor().toRGB();
      double opacity = filled ? state.getNonStrokeAlphaConstant() : state.getAlphaConstant();
      shapes.add(new Shape(bounds, filled, rgb, state.getLineWidth(), opacity));
    }
    path.clear();
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    current = new Point2D.Float(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void shadingFill(COSName shadingName) {}
}
