-- Moderators may award a contest by hand, with a reason (kept in the contest's history).
ALTER TABLE contest DROP CONSTRAINT contest_winner_chosen_by_check;
ALTER TABLE contest ADD CONSTRAINT contest_winner_chosen_by_check
    CHECK (winner_chosen_by IN ('COMPANY', 'PLATFORM', 'MODERATOR'));
