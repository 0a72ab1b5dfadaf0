package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/** Co-signatures of needs, and merging a duplicate need into the one kept. */
public final class CosignRepository {
  /** A departing person's co-signatures stay their organisation's; only the link to who signed goes. */
  private static final String FORGET_SIGNER = "UPDATE challenge_cosign SET signed_by = NULL WHERE signed_by = $1";
  /** One co-signature per organisation: signing again changes its scale and note. */
  private static final String COSIGN = """
      INSERT INTO challenge_cosign (challenge_id, organisation_id, scale, note, signed_by) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (challenge_id, organisation_id)
      DO UPDATE SET scale = EXCLUDED.scale, note = EXCLUDED.note, signed_by = EXCLUDED.signed_by, updated_at = now()""";
  private static final String WITHDRAW = "DELETE FROM challenge_cosign WHERE challenge_id = $1 AND organisation_id = $2";
  /** The merged need's co-signers, except the kept need's owner, join the kept need; the larger scale counts twice-signed. */
  private static final String CARRY_COSIGNERS = """
      INSERT INTO challenge_cosign (challenge_id, organisation_id, scale, note, signed_by, created_at)
      SELECT $2, k.organisation_id, k.scale, k.note, k.signed_by, k.created_at FROM challenge_cosign k
      WHERE k.challenge_id = $1 AND k.organisation_id <> (SELECT organisation_id FROM challenge WHERE id = $2)
      ON CONFLICT (challenge_id, organisation_id)
      DO UPDATE SET scale = greatest(challenge_cosign.scale, EXCLUDED.scale), updated_at = now()""";
  /** The merged need's own organisation co-signs the kept need with the merged need's scale. */
  private static final String CARRY_OWNER = """
      INSERT INTO challenge_cosign (challenge_id, organisation_id, scale, note, signed_by)
      SELECT $2, m.organisation_id, m.scale, m.expected_scale, m.created_by FROM challenge m
      WHERE m.id = $1 AND m.organisation_id <> (SELECT organisation_id FROM challenge WHERE id = $2)
      ON CONFLICT (challenge_id, organisation_id)
      DO UPDATE SET scale = greatest(challenge_cosign.scale, EXCLUDED.scale), updated_at = now()""";
  private static final String DROP_COSIGNERS = "DELETE FROM challenge_cosign WHERE challenge_id = $1";
  /** Answers move unless the same showcase already answered the kept need; those stay readable on the merged one. */
  private static final String MOVE_ANSWERS = """
      UPDATE challenge_answer a SET challenge_id = $2 WHERE a.challenge_id = $1
        AND NOT EXISTS (SELECT 1 FROM challenge_answer k WHERE k.challenge_id = $2 AND k.showcase_id = a.showcase_id)""";
  private static final String MOVE_PILOTS = """
      UPDATE pilot p SET challenge_id = a.challenge_id FROM challenge_answer a
      WHERE a.id = p.answer_id AND p.challenge_id = $1 AND a.challenge_id = $2""";
  private static final String MOVE_FOLLOWERS = """
      INSERT INTO need_follower (account_id, challenge_id) SELECT account_id, $2 FROM need_follower WHERE challenge_id = $1
      ON CONFLICT DO NOTHING""";
  private static final String MARK_MERGED = """
      UPDATE challenge SET status = 'closed', merged_into = $2, closed_at = now(), updated_at = now()
      WHERE id = $1 AND status = 'published' AND merged_into IS NULL RETURNING id""";

  private final Pool pool;

  public CosignRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Void> cosign(SqlClient tx, UUID challengeId, NewCosign cosign, UUID signedBy) {
    return tx.preparedQuery(COSIGN)
        .execute(Tuple.of(challengeId, cosign.organisationId(), cosign.scale(), cosign.note(), signedBy)).mapEmpty();
  }

  /** False if the organisation had not co-signed. */
  Future<Boolean> withdraw(SqlClient tx, UUID challengeId, UUID organisationId) {
    return tx.preparedQuery(WITHDRAW).execute(Tuple.of(challengeId, organisationId)).map(rows -> rows.rowCount() == 1);
  }

  /**
   * Merges {@code merged} into {@code kept}: co-signers and the merged need's organisation co-sign
   * the kept need, answers, pilots and followers move, and the merged need closes pointing at the
   * kept one. False if the merged need was not published (or merged meanwhile).
   */
  Future<Boolean> merge(SqlClient tx, UUID merged, UUID kept) {
    Tuple ids = Tuple.of(merged, kept);
    return tx.preparedQuery(MARK_MERGED).execute(ids).compose(rows -> rows.rowCount() == 0 ? Future.succeededFuture(false)
        : tx.preparedQuery(CARRY_COSIGNERS).execute(ids)
            .compose(done -> tx.preparedQuery(CARRY_OWNER).execute(ids))
            .compose(done -> tx.preparedQuery(DROP_COSIGNERS).execute(Tuple.of(merged)))
            .compose(done -> tx.preparedQuery(MOVE_ANSWERS).execute(ids))
            .compose(done -> tx.preparedQuery(MOVE_PILOTS).execute(ids))
            .compose(done -> tx.preparedQuery(MOVE_FOLLOWERS).execute(ids))
            .map(done -> true));
  }

  Future<Void> forgetSigner(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(FORGET_SIGNER).execute(Tuple.of(accountId)).mapEmpty();
  }
}
