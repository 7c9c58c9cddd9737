package org.designcontest.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.designcontest.contest.entity.Contest;
import org.designcontest.contest.entity.Stage;
import org.designcontest.entry.entity.ContestPseudonym;
import org.designcontest.entry.entity.Entry;
import org.designcontest.handover.entity.HandoverFile;
import org.designcontest.judging.entity.EntryComment;
import org.designcontest.media.control.FileCheck;
import org.designcontest.media.control.Uploads;
import org.designcontest.payment.control.Escrow;

/**
 * The demo's entries, after {@code demo/demo-data.sql}: simple logo-like pictures drawn here and
 * stored as uploads are (the media store, its grid and large copies, the fingerprint), pseudonyms
 * numbered as submissions number them, some judged (stars, a comment, an elimination), and a won,
 * completed contest with its final file and its prize released from escrow.
 */
@ApplicationScoped
public class DemoEntries {

  private static final Logger LOG = Logger.getLogger(DemoEntries.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Uploads uploads;

  @Inject Escrow escrow;

  /** Adds the entries; the accounts and contests of the SQL script exist. */
  void load(Instant now) {
    long ada = accountId("ada@northwind.example");
    long mira = accountId("mira@designers.example");
    long tomas = accountId("tomas@designers.example");

    long open = contestId(Stage.OPEN);
    submit(
        open, mira, "Harbour bean", "A bean that is also a boat hull.", Picture.BEAN, ago(now, 50));
    submit(
        open, tomas, "Lighthouse roast", "Beam of light over a cup.", Picture.TOWER, ago(now, 40));
    submit(
        open,
        mira,
        "Steam anchor",
        "The anchor's ring is the rising steam.",
        Picture.ANCHOR,
        ago(now, 26));
    submit(open, tomas, "North star cup", "A cup under the pole star.", Picture.STAR, ago(now, 5));

    long finalists = contestId(Stage.FINALIST_SELECTION);
    Entry chalk =
        submit(
            finalists,
            tomas,
            "Chalk and steam",
            "Hand-lettered, three colours.",
            Picture.WAVES,
            ago(now, 190));
    Entry garden =
        submit(
            finalists,
            mira,
            "Café garden",
            "Plants framing the menu.",
            Picture.LEAVES,
            ago(now, 170));
    Entry grid =
        submit(
            finalists,
            tomas,
            "Tile grid",
            "A strict grid of prices.",
            Picture.TILES,
            ago(now, 150));
    chalk.rate(4);
    garden.rate(5);
    em.persist(
        new EntryComment(
            garden.id(),
            ada,
            true,
            "Love the plants. Could the prices sit a little larger on the right?",
            ago(now, 30)));
    grid.eliminate("Too cold for a café wall: we want something hand-drawn.");

    Contest won = em.find(Contest.class, contestId(Stage.COMPLETED));
    Entry winner =
        submit(
            won.id(),
            mira,
            "Subscription hero",
            "Three plans on a warm wave.",
            Picture.HERO,
            ago(now, 900));
    submit(
        won.id(),
        tomas,
        "Plain plans",
        "Flat cards, one accent colour.",
        Picture.CARDS,
        ago(now, 880));
    winner.rate(5);
    em.createNativeQuery(
            "insert into contest_finalist (contest_id, designer_id, chosen_by, chosen_at)"
                + " values (?1, ?2, 'COMPANY', ?3)")
        .setParameter(1, won.id())
        .setParameter(2, mira)
        .setParameter(3, Timestamp.from(ago(now, 700)))
        .executeUpdate();
    em.flush();
    em.createNativeQuery(
            "update contest set winning_entry_id = ?1, winner_chosen_by = 'COMPANY',"
                + " winner_chosen_at = ?2, transfer_accepted_at = ?3, handover_approved_by ="
                + " 'COMPANY', completed_at = ?4 where id = ?5")
        .setParameter(1, winner.id())
        .setParameter(2, Timestamp.from(ago(now, 500)))
        .setParameter(3, Timestamp.from(ago(now, 400)))
        .setParameter(4, Timestamp.from(ago(now, 380)))
        .setParameter(5, won.id())
        .executeUpdate();
    em.persist(
        new HandoverFile(
            won.id(),
            "subscription-hero-final.png",
            uploads.store(Picture.HERO.png(1600, 1000), FileCheck.DELIVERABLE, "file"),
            ago(now, 410)));
    escrow.hold(won);
    escrow.release(won);
    em.flush();
    LOG.info("demo data: 9 entries, their images, judging and a completed handover");
  }

  private Entry submit(
      long contestId, long designerId, String title, String notes, Picture picture, Instant at) {
    Uploads.StoredImage stored = uploads.storeImage(picture.png(1200, 900), "file");
    Entry entry =
        new Entry(contestId, designerId, title, notes, stored.file(), stored.thumbnails(), at);
    em.persist(entry);
    em.createNamedQuery(ContestPseudonym.ASSIGN)
        .setParameter(1, contestId)
        .setParameter(2, designerId)
        .executeUpdate();
    em.flush();
    return entry;
  }

  private static Instant ago(Instant now, int hours) {
    return now.minus(Duration.ofHours(hours));
  }

  private long accountId(String email) {
    return ((Number)
            em.createNativeQuery("select id from account where email = ?1")
                .setParameter(1, email)
                .getSingleResult())
        .longValue();
  }

  private long contestId(Stage stage) {
    return ((Number)
            em.createNativeQuery("select id from contest where stage = ?1")
                .setParameter(1, stage.name())
                .getSingleResult())
        .longValue();
  }

  /** The demo's pictures: a background, a badge and a mark, in a few colours; no text. */
  enum Picture {
    BEAN(0xF4E9DC, 0x6B3E26, 0xE0A458),
    TOWER(0x10263F, 0xF2F2F2, 0xF5C542),
    ANCHOR(0xE8F1F2, 0x1B4965, 0xCA6702),
    STAR(0x22223B, 0xC9ADA7, 0xF2E9E4),
    WAVES(0x2F3E46, 0xCAD2C5, 0xE76F51),
    LEAVES(0xFEFAE0, 0x606C38, 0xBC6C25),
    TILES(0xDEE2E6, 0x495057, 0x4DABF7),
    HERO(0xFFF3E0, 0xD9480F, 0x5C940D),
    CARDS(0xF8F9FA, 0x343A40, 0x12B886);

    private final Color background;
    private final Color main;
    private final Color accent;

    Picture(int background, int main, int accent) {
      this.background = new Color(background);
      this.main = new Color(main);
      this.accent = new Color(accent);
    }

    byte[] png(int width, int height) {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        double u = Math.min(width, height) / 10.0;
        double cx = width / 2.0;
        double cy = height / 2.0;
        g.setColor(main);
        g.fill(new Ellipse2D.Double(cx - 3.5 * u, cy - 3.5 * u, 7 * u, 7 * u));
        g.setColor(accent);
        g.setStroke(
            new BasicStroke((float) (u * 0.45), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        drawMark(g, cx, cy, u);
        g.setColor(main);
        g.fill(new RoundRectangle2D.Double(cx - 3 * u, cy + 4 * u, 6 * u, 0.5 * u, u, u));
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

    private void drawMark(Graphics2D g, double cx, double cy, double u) {
      switch (this) {
        case BEAN -> {
          g.fill(new Ellipse2D.Double(cx - 1.6 * u, cy - 2.4 * u, 3.2 * u, 4.8 * u));
          g.setColor(main);
          Path2D crease = new Path2D.Double();
          crease.moveTo(cx, cy - 2.2 * u);
          crease.curveTo(cx - 0.8 * u, cy - 0.8 * u, cx + 0.8 * u, cy + 0.8 * u, cx, cy + 2.2 * u);
          g.draw(crease);
        }
        case TOWER -> {
          Path2D tower = new Path2D.Double();
          tower.moveTo(cx - 1.2 * u, cy + 2.6 * u);
          tower.lineTo(cx - 0.6 * u, cy - 1.6 * u);
          tower.lineTo(cx + 0.6 * u, cy - 1.6 * u);
          tower.lineTo(cx + 1.2 * u, cy + 2.6 * u);
          tower.closePath();
          g.fill(tower);
          g.fill(new Ellipse2D.Double(cx - 0.7 * u, cy - 2.8 * u, 1.4 * u, 1.4 * u));
          g.drawLine(
              (int) (cx + u), (int) (cy - 2.1 * u), (int) (cx + 3 * u), (int) (cy - 2.8 * u));
        }
        case ANCHOR -> {
          g.draw(new Ellipse2D.Double(cx - 0.6 * u, cy - 2.8 * u, 1.2 * u, 1.2 * u));
          g.drawLine((int) cx, (int) (cy - 1.6 * u), (int) cx, (int) (cy + 2.4 * u));
          g.drawLine(
              (int) (cx - 1.2 * u),
              (int) (cy - 0.8 * u),
              (int) (cx + 1.2 * u),
              (int) (cy - 0.8 * u));
          g.drawArc(
              (int) (cx - 2 * u), (int) (cy + 0.4 * u), (int) (4 * u), (int) (2 * u), 180, 180);
        }
        case STAR -> {
          Path2D star = new Path2D.Double();
          for (int i = 0; i < 10; i++) {
            double r = (i % 2 == 0 ? 2.6 : 1.1) * u;
            double a = Math.PI / 5 * i - Math.PI / 2;
            double x = cx + r * Math.cos(a);
            double y = cy - 0.4 * u + r * Math.sin(a);
            if (i == 0) {
              star.moveTo(x, y);
            } else {
              star.lineTo(x, y);
            }
          }
          star.closePath();
          g.fill(star);
        }
        case WAVES, HERO -> {
          for (int row = -1; row <= 1; row++) {
            Path2D wave = new Path2D.Double();
            double y = cy + row * 1.3 * u;
            wave.moveTo(cx - 2.6 * u, y);
            wave.curveTo(cx - 1.3 * u, y - u, cx - 0.6 * u, y + u, cx, y);
            wave.curveTo(cx + 0.6 * u, y - u, cx + 1.3 * u, y + u, cx + 2.6 * u, y);
            g.draw(wave);
          }
        }
        case LEAVES -> {
          for (int i = 0; i < 5; i++) {
            Graphics2D leaf = (Graphics2D) g.create();
            leaf.rotate(Math.PI * 2 / 5 * i, cx, cy);
            leaf.fill(new Ellipse2D.Double(cx - 0.6 * u, cy - 2.8 * u, 1.2 * u, 2.6 * u));
            leaf.dispose();
          }
        }
        case TILES, CARDS -> {
          double size = this == TILES ? 1.3 : 1.7;
          int count = this == TILES ? 3 : 2;
          double start = -(count * size + (count - 1) * 0.25) * u / 2;
          for (int i = 0; i < count; i++) {
            for (int j = 0; j < count; j++) {
              g.fill(
                  new RoundRectangle2D.Double(
                      cx + start + i * (size + 0.25) * u,
                      cy + start + j * (size + 0.25) * u,
                      size * u,
                      size * u,
                      0.4 * u,
                      0.4 * u));
            }
          }
        }
      }
    }
  }
}
