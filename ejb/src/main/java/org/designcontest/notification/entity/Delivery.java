package org.designcontest.notification.entity;

/** How a person wants to hear of one kind of notification by email (in the app they always do). */
public enum Delivery {
  /** One email per notification, as it happens. */
  IMMEDIATELY,
  /** Listed in one email a day, at the hour the person chose. */
  DAILY,
  /** Only in the app. */
  NEVER
}
