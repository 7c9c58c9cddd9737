package org.designcontest.notification.control;

import org.designcontest.notification.entity.Audience;
import org.designcontest.notification.entity.NotificationKind;

/**
 * What an event tells one audience. Title and body are plain-text patterns with the placeholders
 * {@code {contest}} (its title), {@code {designer}} (the pseudonym the company knows), {@code
 * {deadline}} (the contest's next deadline), {@code {decision}} (who chose: the team, or the
 * platform with the rule it applied) and {@code {owed}} (the decision the company owes now).
 */
public record NotificationRule(
    Audience audience, NotificationKind kind, String title, String body) {}
