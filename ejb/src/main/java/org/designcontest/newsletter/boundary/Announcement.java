package org.designcontest.newsletter.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.designcontest.newsletter.entity.Segment;

/**
 * An announcement as staff write it.
 *
 * @param body HTML; only the safe subset is kept (paragraphs, emphasis, lists, links)
 * @param segment DESIGNERS, COMPANIES, EVERYONE or CATEGORY
 * @param category the category's code, for CATEGORY
 */
public record Announcement(
    @NotBlank(message = "Write a subject.")
        @Size(max = 150, message = "The subject may be at most 150 characters.")
        String subject,
    @NotBlank(message = "Write the announcement.")
        @Size(max = 20000, message = "The announcement may be at most 20,000 characters.")
        String body,
    @NotNull(message = "Choose who receives it.") Segment segment,
    String category) {}
