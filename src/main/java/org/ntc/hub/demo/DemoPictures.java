package org.ntc.hub.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * The demo's illustrations, drawn from simple shapes in the site's colours (a blood pressure
 * monitor, a video call, a wristband, a chart…) as PNGs of one size. Made by the NTC Hub project
 * and licensed with it; nothing is downloaded. Drawing is blocking work: call it on a worker.
 */
final class DemoPictures {
  static final int WIDTH = 800;
  static final int HEIGHT = 600;
  private static final Color BRAND = new Color(0x0b5d6b);
  private static final Color BRAND_LIGHT = new Color(0x5fa3ad);
  private static final Color ACCENT = new Color(0xb34700);
  private static final Color WASH = new Color(0xf2f6f7);
  private static final Color LINE = new Color(0xd5dee2);
  private static final Color INK = new Color(0x1c2730);
  private static final Color OK = new Color(0x1d6b34);
  private static final Color PAPER = Color.WHITE;

  private DemoPictures() {}

  static byte[] draw(Consumer<Graphics2D> picture) {
    // Drawing needs no screen; say so before the first use of AWT, which reads this once.
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setPaint(new GradientPaint(0, 0, WASH, 0, HEIGHT, new Color(0xe1ecee)));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      picture.accept(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void table(Graphics2D g) {
    g.setColor(LINE);
    g.fillRect(0, 470, WIDTH, 130);
    g.setColor(new Color(0xc3d0d5));
    g.fillRect(0, 470, WIDTH, 8);
  }

  private static void person(Graphics2D g, double x, double y, double scale, Color color) {
    g.setColor(color);
    g.fill(new Ellipse2D.Double(x - 28 * scale, y, 56 * scale, 56 * scale));
    g.fill(new RoundRectangle2D.Double(x - 55 * scale, y + 64 * scale, 110 * scale, 120 * scale, 60 * scale, 60 * scale));
  }

  static void bloodPressure(Graphics2D g) {
    table(g);
    g.setColor(PAPER);
    g.fill(new RoundRectangle2D.Double(180, 230, 260, 240, 36, 36));
    g.setColor(BRAND);
    g.setStroke(new BasicStroke(6));
    g.draw(new RoundRectangle2D.Double(180, 230, 260, 240, 36, 36));
    g.setColor(INK);
    g.fill(new RoundRectangle2D.Double(210, 260, 200, 110, 16, 16));
    g.setColor(new Color(0x9fe0c0));
    for (int i = 0; i < 3; i++) g.fill(new RoundRectangle2D.Double(230, 278 + i * 30, 110 - i * 30, 18, 8, 8));
    g.setColor(ACCENT);
    g.fill(new Ellipse2D.Double(285, 395, 50, 50));
    g.setColor(BRAND_LIGHT);
    g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D tube = new Path2D.Double();
    tube.moveTo(440, 300);
    tube.curveTo(520, 280, 520, 420, 580, 400);
    g.draw(tube);
    g.setColor(BRAND);
    g.fill(new RoundRectangle2D.Double(540, 330, 160, 140, 40, 40));
    g.setColor(PAPER);
    g.setStroke(new BasicStroke(4));
    for (int i = 0; i < 4; i++) g.drawLine(560 + i * 36, 345, 560 + i * 36, 455);
    g.setColor(PAPER);
    g.fill(new RoundRectangle2D.Double(600, 150, 120, 80, 20, 20));
    g.setColor(OK);
    g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D wave = new Path2D.Double();
    wave.moveTo(615, 200);
    wave.lineTo(640, 200);
    wave.lineTo(655, 170);
    wave.lineTo(672, 215);
    wave.lineTo(688, 190);
    wave.lineTo(705, 190);
    g.draw(wave);
  }

  private static void screen(Graphics2D g, double x, double y, double w, double h) {
    g.setColor(INK);
    g.fill(new RoundRectangle2D.Double(x, y, w, h, 28, 28));
    g.fill(new RoundRectangle2D.Double(x + w / 2 - 60, y + h, 120, 40, 8, 8));
    g.fill(new RoundRectangle2D.Double(x + w / 2 - 120, y + h + 34, 240, 16, 8, 8));
  }

  static void videoVisit(Graphics2D g) {
    table(g);
    screen(g, 110, 70, 580, 340);
    g.setColor(new Color(0xd9eef1));
    g.fill(new RoundRectangle2D.Double(130, 90, 270, 300, 16, 16));
    g.setColor(new Color(0xf7e3d6));
    g.fill(new RoundRectangle2D.Double(410, 90, 260, 145, 16, 16));
    g.setColor(new Color(0xe0efe4));
    g.fill(new RoundRectangle2D.Double(410, 245, 260, 145, 16, 16));
    person(g, 265, 150, 1.3, BRAND);
    person(g, 540, 105, 0.65, ACCENT);
    person(g, 540, 260, 0.65, OK);
    g.setColor(ACCENT);
    g.fill(new Ellipse2D.Double(375, 330, 50, 50));
  }

  static void wristband(Graphics2D g) {
    g.setColor(BRAND);
    g.fill(new RoundRectangle2D.Double(320, 40, 160, 520, 70, 70));
    g.setColor(PAPER);
    g.fill(new RoundRectangle2D.Double(290, 190, 220, 220, 60, 60));
    g.setColor(INK);
    g.fill(new RoundRectangle2D.Double(310, 210, 180, 180, 44, 44));
    g.setColor(ACCENT);
    g.fill(new Ellipse2D.Double(355, 255, 90, 90));
    g.setColor(PAPER);
    g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(400, 275, 400, 310);
    g.fill(new Ellipse2D.Double(394, 320, 12, 12));
    g.setColor(BRAND_LIGHT);
    g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < 3; i++) {
      int r = 70 + i * 45;
      g.draw(new Arc2D.Double(560 - r, 300 - r, 2 * r, 2 * r, -40, 80, Arc2D.OPEN));
      g.draw(new Arc2D.Double(240 - r, 300 - r, 2 * r, 2 * r, 140, 80, Arc2D.OPEN));
    }
  }

  static void dispenser(Graphics2D g) {
    table(g);
    g.setColor(PAPER);
    g.fill(new Ellipse2D.Double(220, 100, 360, 360));
    g.setColor(BRAND);
    g.setStroke(new BasicStroke(10));
    g.draw(new Ellipse2D.Double(220, 100, 360, 360));
    g.setStroke(new BasicStroke(4));
    for (int i = 0; i < 14; i++) {
      double a = Math.toRadians(i * 360.0 / 14);
      g.drawLine((int) (400 + 70 * Math.cos(a)), (int) (280 + 70 * Math.sin(a)),
          (int) (400 + 170 * Math.cos(a)), (int) (280 + 170 * Math.sin(a)));
    }
    g.setColor(BRAND);
    g.fill(new Ellipse2D.Double(330, 210, 140, 140));
    g.setColor(ACCENT);
    g.fill(new Arc2D.Double(230, 110, 340, 340, 77, 26, Arc2D.PIE));
    g.setColor(new Color(0x9fe0c0));
    g.fill(new Ellipse2D.Double(380, 260, 40, 40));
    g.setColor(PAPER);
    g.fill(new RoundRectangle2D.Double(600, 380, 90, 40, 20, 20));
    g.setColor(ACCENT);
    g.fill(new RoundRectangle2D.Double(600, 380, 45, 40, 20, 20));
  }

  static void heartChart(Graphics2D g) {
    g.setColor(PAPER);
    g.fill(new RoundRectangle2D.Double(60, 60, 680, 480, 30, 30));
    g.setColor(LINE);
    g.setStroke(new BasicStroke(2));
    for (int i = 0; i < 5; i++) g.drawLine(110, 140 + i * 80, 700, 140 + i * 80);
    double[] weight = {0.55, 0.52, 0.54, 0.5, 0.53, 0.51, 0.52, 0.5, 0.49, 0.45, 0.4, 0.36, 0.3, 0.22};
    Path2D line = new Path2D.Double();
    for (int i = 0; i < weight.length; i++) {
      double x = 120 + i * 43;
      double y = 140 + weight[i] * 320;
      if (i == 0) line.moveTo(x, y);
      else line.lineTo(x, y);
    }
    g.setColor(BRAND);
    g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(line);
    for (int i = 0; i < weight.length; i++) {
      g.setColor(i == weight.length - 1 ? ACCENT : BRAND);
      g.fill(new Ellipse2D.Double(120 + i * 43 - 9, 140 + weight[i] * 320 - 9, 18, 18));
    }
    g.setColor(ACCENT);
    Path2D heart = new Path2D.Double();
    heart.moveTo(640, 470);
    heart.curveTo(560, 420, 570, 350, 615, 350);
    heart.curveTo(630, 350, 640, 362, 640, 372);
    heart.curveTo(640, 362, 650, 350, 665, 350);
    heart.curveTo(710, 350, 720, 420, 640, 470);
    g.fill(heart);
  }

  static void groupRehab(Graphics2D g) {
    table(g);
    screen(g, 250, 50, 300, 190);
    g.setColor(new Color(0xd9eef1));
    g.fill(new RoundRectangle2D.Double(265, 65, 270, 160, 12, 12));
    person(g, 400, 85, 0.7, BRAND);
    for (int i = 0; i < 3; i++) {
      double x = 200 + i * 200;
      person(g, x, 300, 0.9, i == 1 ? ACCENT : BRAND_LIGHT);
      g.setColor(i == 1 ? ACCENT : BRAND_LIGHT);
      g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.drawLine((int) x - 45, 380, (int) x - 90, 330);
      g.drawLine((int) x + 45, 380, (int) x + 90, 330);
    }
  }

  static void nightSensors(Graphics2D g) {
    g.setPaint(new GradientPaint(0, 0, new Color(0x16324a), 0, HEIGHT, BRAND));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(new Color(0xf5e9c8));
    g.fill(new Ellipse2D.Double(620, 60, 90, 90));
    g.setColor(new Color(0x16324a));
    g.fill(new Ellipse2D.Double(645, 45, 90, 90));
    g.setColor(WASH);
    Path2D house = new Path2D.Double();
    house.moveTo(180, 300);
    house.lineTo(400, 140);
    house.lineTo(620, 300);
    house.lineTo(620, 520);
    house.lineTo(180, 520);
    house.closePath();
    g.fill(house);
    g.setColor(BRAND);
    g.fill(new RoundRectangle2D.Double(360, 390, 80, 130, 10, 10));
    g.setColor(new Color(0xf5e9c8));
    g.fill(new RoundRectangle2D.Double(230, 340, 90, 80, 8, 8));
    g.fill(new RoundRectangle2D.Double(480, 340, 90, 80, 8, 8));
    g.setColor(ACCENT);
    g.fill(new Ellipse2D.Double(430, 450, 16, 16));
    g.fill(new Ellipse2D.Double(392, 230, 16, 16));
    g.setColor(new Color(0x9fe0c0));
    g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < 3; i++) {
      int r = 30 + i * 22;
      g.draw(new Arc2D.Double(400 - r, 238 - r, 2 * r, 2 * r, 30, 120, Arc2D.OPEN));
    }
  }

  static void diabetesApp(Graphics2D g) {
    table(g);
    g.setColor(INK);
    g.fill(new RoundRectangle2D.Double(290, 40, 220, 430, 40, 40));
    g.setColor(PAPER);
    g.fill(new RoundRectangle2D.Double(305, 70, 190, 370, 20, 20));
    g.setColor(BRAND);
    g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D curve = new Path2D.Double();
    curve.moveTo(320, 200);
    curve.curveTo(350, 120, 380, 230, 410, 170);
    curve.curveTo(440, 110, 460, 210, 480, 180);
    g.draw(curve);
    g.setColor(LINE);
    g.fill(new RoundRectangle2D.Double(320, 250, 160, 40, 12, 12));
    g.fill(new RoundRectangle2D.Double(320, 300, 160, 40, 12, 12));
    g.setColor(ACCENT);
    g.fill(new Ellipse2D.Double(330, 258, 24, 24));
    g.setColor(OK);
    g.fill(new Ellipse2D.Double(330, 308, 24, 24));
    g.setColor(BRAND);
    g.fill(new RoundRectangle2D.Double(320, 360, 100, 16, 8, 8));
    g.setColor(BRAND_LIGHT);
    g.fill(new RoundRectangle2D.Double(320, 390, 140, 16, 8, 8));
  }

  static void oximeter(Graphics2D g) {
    g.setColor(new Color(0xe8c4a8));
    g.fill(new RoundRectangle2D.Double(60, 300, 520, 110, 110, 110));
    g.setColor(BRAND);
    g.fill(new RoundRectangle2D.Double(380, 220, 260, 130, 50, 50));
    g.setColor(new Color(0x08434d));
    g.fill(new RoundRectangle2D.Double(380, 360, 260, 90, 40, 40));
    g.setColor(INK);
    g.fill(new RoundRectangle2D.Double(410, 240, 200, 90, 14, 14));
    g.setColor(new Color(0x9fe0c0));
    for (int i = 0; i < 3; i++) g.fill(new RoundRectangle2D.Double(425 + i * 55, 258, 40, 54, 8, 8));
    g.setColor(ACCENT);
    g.fill(new Ellipse2D.Double(660, 150, 70, 70));
  }
}
