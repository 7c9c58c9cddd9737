package org.designcontest.contest.entity;

import java.util.EnumSet;
import java.util.Set;
import org.designcontest.platform.boundary.ConflictException;

/**
 * Where a contest is in its lifecycle (PRODUCT.md, "Contest lifecycle"), and which stage may follow
 * which. A move the lifecycle does not have is refused with a clear error.
 */
public enum Stage {
  DRAFT,
  OPEN,
  FINALIST_SELECTION,
  FINAL_ROUND,
  WINNER_SELECTION,
  HANDOVER,
  COMPLETED,
  CANCELLED;

  /** The stages that may follow this one. */
  public Set<Stage> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(OPEN, CANCELLED);
      // finalists picked early skip the selection window
      case OPEN -> EnumSet.of(FINALIST_SELECTION, FINAL_ROUND, CANCELLED);
      case FINALIST_SELECTION -> EnumSet.of(FINAL_ROUND, CANCELLED);
      case FINAL_ROUND -> EnumSet.of(WINNER_SELECTION, CANCELLED);
      case WINNER_SELECTION -> EnumSet.of(HANDOVER, CANCELLED);
      case HANDOVER -> EnumSet.of(COMPLETED, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(Stage.class);
    };
  }

  /** The stage to move to, if the lifecycle allows it; otherwise a 409. */
  public Stage moveTo(Stage target) {
    if (!next().contains(target)) {
      throw new ConflictException("A contest in stage " + this + " cannot move to " + target + ".");
    }
    return target;
  }

  /** Before finalists are chosen: the company may still cancel a contest that is not guaranteed. */
  public boolean isBeforeFinalists() {
    return this == DRAFT || this == OPEN || this == FINALIST_SELECTION;
  }

  public boolean isFinished() {
    return this == COMPLETED || this == CANCELLED;
  }
}
