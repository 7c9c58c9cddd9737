package org.designcontest.newsletter.entity;

/**
 * Written and not yet sent, or released to its job (how far the job has come is the batch job
 * repository's to say).
 */
public enum NewsletterStatus {
  DRAFT,
  RELEASED
}
