using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reports;
using Inventory.Domain.Reviews;
using Inventory.Domain.Vocabulary;
using Inventory.Domain.Tests.Portfolio;
using static Inventory.Domain.Tests.Portfolio.Given;

namespace Inventory.Domain.Tests.Reviews;

/// <summary>Each rule of a review's commands, decided on state alone, without a database.</summary>
public class ReviewDeciderTests
{
    private static readonly Quarter Period = new(2025, 2);

    private static void ShouldBreak(Action decide, string field) =>
        Should.Throw<RuleViolation>(decide).Field.ShouldBe(field);

    private static Review Fold(params IReviewEvent[] events)
    {
        Review? review = null;
        foreach (var e in events) review = Review.Evolve(review, e);
        return review!;
    }

    private static Review AnOpenReview() => Fold(ReviewRules.Open(Guid.NewGuid(), Period, "Q2"));

    private static Review With(Review review, IReviewEvent e) => Review.Evolve(review, e)!;

    private static ApplyDecision Applying(Guid decisionId, decimal? monthly = null, decimal? perInteraction = null, string? name = "Group rides") =>
        new(decisionId, D("2025-07-01"), name, [Channel.Web], [], [], Horizon.LongTerm, null, null, monthly, perInteraction);

    [Fact]
    public void a_period_has_one_review()
    {
        var existing = Guid.NewGuid();
        Should.Throw<RuleViolation>(() => ReviewRules.Open(Guid.NewGuid(), Period, null, existing)).Message.ShouldContain(existing.ToString());
        var opened = ReviewRules.Open(Guid.NewGuid(), Period, "  Q2 review ", reviewOfPeriod: null);
        opened.Period.ShouldBe("2025-Q2");
        opened.PeriodStart.ShouldBe(D("2025-04-01"));
        opened.PeriodEnd.ShouldBe(D("2025-06-30"));
        opened.Title.ShouldBe("Q2 review");
    }

    [Fact]
    public void a_factor_names_only_segments_the_organization_has_and_says_what_changed()
    {
        var review = AnOpenReview();
        var known = Guid.NewGuid();
        ShouldBreak(() => ReviewRules.RecordFactor(review, Guid.NewGuid(), EnvironmentFactor.Capability, "New CRM", Impact.High, [Guid.NewGuid()], new HashSet<Guid> { known }), "segmentIds");
        ShouldBreak(() => ReviewRules.RecordFactor(review, Guid.NewGuid(), EnvironmentFactor.Capability, " ", Impact.High, [], new HashSet<Guid>()), "description");
        ReviewRules.RecordFactor(review, Guid.NewGuid(), EnvironmentFactor.Capability, "New CRM", Impact.High, [known, known], new HashSet<Guid> { known })
            .SegmentIds.ShouldBe([known]);
    }

    [Fact]
    public void revisiting_an_objective_confirms_it_or_changes_it_from_the_day_after_the_period()
    {
        var review = AnOpenReview();
        var segment = ASegment(definedOn: "2025-01-01", motivation: Motivation.Retention).Segment;

        var (confirmed, none) = ReviewRules.RevisitObjective(review, segment, null, "still right", null);
        confirmed.Confirmed.ShouldBeTrue();
        none.ShouldBeNull();

        var (changed, change) = ReviewRules.RevisitObjective(review, segment, Motivation.Acquisition, "grow", null);
        changed.Confirmed.ShouldBeFalse();
        changed.Previous.ShouldBe(Motivation.Retention);
        change.ShouldNotBeNull().EffectiveDate.ShouldBe(D("2025-07-01"));
        change.Motivation.ShouldBe(Motivation.Acquisition);

        ShouldBreak(() => ReviewRules.RevisitObjective(review, segment, null, " ", null), "rationale");
        ShouldBreak(() => ReviewRules.RevisitObjective(review, segment, null, "why", D("2024-12-31")), "effectiveDate");
    }

    [Fact]
    public void a_decision_about_a_relationship_names_one_of_the_segments_and_an_introduce_names_a_type()
    {
        var review = AnOpenReview();
        var given = ASegment();
        var shop = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 0.1m);

        ShouldBreak(() => ReviewRules.RecordDecision(review, Guid.NewGuid(), ReviewDecision.Expand, given.Segment, null, null, "more"), "relationshipId");
        ShouldBreak(() => ReviewRules.RecordDecision(review, Guid.NewGuid(), ReviewDecision.Introduce, given.Segment, null, null, "new"), "type");
        ShouldBreak(() => ReviewRules.RecordDecision(review, Guid.NewGuid(), ReviewDecision.Keep, given.Segment, shop, null, " "), "rationale");
        Should.Throw<UnknownRelationship>(() => ReviewRules.RecordDecision(review, Guid.NewGuid(), ReviewDecision.Retire, given.Segment, Guid.NewGuid(), null, "old"));
        ReviewRules.RecordDecision(review, Guid.NewGuid(), ReviewDecision.Reduce, given.Segment, shop, null, "less").Type.ShouldBe(RelationshipType.SelfService);
    }

    [Fact]
    public void a_decision_to_discontinue_reduce_or_expand_keeps_the_cost_benefit_it_was_taken_on_and_the_others_do_not()
    {
        var review = AnOpenReview();
        var given = ASegment();
        var shop = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 0.1m);
        var figures = new CostBenefitSegment(given.Segment.Id, "Readers", Motivation.Retention, 900m, 1200m, 1.3333m, 3, 1, 40, 42, 0.975m, 0.025m, 21.43m,
            new CostByMotivation(0m, 1200m, 0m, 0m), null, 30.77m, 1m, [CostBenefitFlag.CostExceedsRevenue]);
        var other = figures with { SegmentId = Guid.NewGuid() };

        foreach (var (decision, relationship) in new[] { (ReviewDecision.DiscontinueSegment, (Guid?)null), (ReviewDecision.Reduce, shop), (ReviewDecision.Expand, shop) })
        {
            var recorded = ReviewRules.RecordDecision(review, Guid.NewGuid(), decision, given.Segment, relationship, null, "why", figures);
            recorded.TakenOn.ShouldBe(figures, decision.ToString());
            With(AnOpenReview(), recorded).Decisions.Single().TakenOn.ShouldBe(figures);
            ReviewRules.RecordDecision(review, Guid.NewGuid(), decision, given.Segment, relationship, null, "why", other).TakenOn.ShouldBeNull("another segment's figures");
        }

        foreach (var (decision, relationship) in new[] { (ReviewDecision.Keep, (Guid?)shop), (ReviewDecision.Retire, shop), (ReviewDecision.Introduce, null) })
            ReviewRules.RecordDecision(review, Guid.NewGuid(), decision, given.Segment, relationship, RelationshipType.Communities, "why", figures).TakenOn.ShouldBeNull(decision.ToString());
        ReviewRules.WeighsCostBenefit(ReviewDecision.Keep).ShouldBeFalse();
    }

    [Fact]
    public void applying_an_introduce_decision_establishes_the_relationship_and_names_the_segments_new_version()
    {
        var given = ASegment();
        var decisionId = Guid.NewGuid();
        var review = With(AnOpenReview(), ReviewRules.RecordDecision(AnOpenReview(), decisionId, ReviewDecision.Introduce, given.Segment, null, RelationshipType.Communities, "riders"));
        var newId = Guid.NewGuid();

        var (applied, events) = Applying(decisionId, monthly: 250).Decide(review, given.Segment, segmentVersion: 4, "EUR", newId);

        var established = events.ShouldHaveSingleItem().ShouldBeOfType<RelationshipEstablished>();
        established.RelationshipId.ShouldBe(newId);
        established.Type.ShouldBe(RelationshipType.Communities);
        established.MonthlyFixedCost.ShouldBe(250m);
        established.CostPerInteraction.ShouldBe(0m);
        applied.RelationshipId.ShouldBe(newId);
        applied.SegmentVersion.ShouldBe(5);
        applied.EffectiveDate.ShouldBe(D("2025-07-01"));

        ShouldBreak(() => Applying(decisionId, monthly: null).Decide(review, given.Segment, 4, "EUR", newId), "monthlyFixedCost");
    }

    [Fact]
    public void applying_expand_revises_the_cost_and_needs_both_amounts()
    {
        var given = ASegment();
        var shop = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 0.1m);
        var decisionId = Guid.NewGuid();
        var review = With(AnOpenReview(), ReviewRules.RecordDecision(AnOpenReview(), decisionId, ReviewDecision.Expand, given.Segment, shop, null, "more"));

        ShouldBreak(() => Applying(decisionId, monthly: 200).Decide(review, given.Segment, 2, "EUR", Guid.NewGuid()), "costPerInteraction");
        ShouldBreak(() => Applying(decisionId, perInteraction: 0.2m).Decide(review, given.Segment, 2, "EUR", Guid.NewGuid()), "monthlyFixedCost");
        var (applied, events) = Applying(decisionId, 200, 0.2m).Decide(review, given.Segment, 2, "EUR", Guid.NewGuid());
        events.ShouldHaveSingleItem().ShouldBeOfType<CostRevised>().MonthlyFixedCost.ShouldBe(200m);
        applied.RelationshipId.ShouldBe(shop);
        applied.SegmentVersion.ShouldBe(3);
    }

    [Fact]
    public void applying_discontinue_retires_every_active_relationship_with_the_segment()
    {
        var given = ASegment();
        given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 0.1m);
        given.Establish(RelationshipType.Communities, "2025-02-01", 50, 0m);
        var decisionId = Guid.NewGuid();
        var review = With(AnOpenReview(), ReviewRules.RecordDecision(AnOpenReview(), decisionId, ReviewDecision.DiscontinueSegment, given.Segment, null, null, "stop"));

        var (applied, events) = Applying(decisionId).Decide(review, given.Segment, 3, "EUR", Guid.NewGuid());
        events.Count.ShouldBe(3);
        events[0].ShouldBeOfType<SegmentDiscontinued>();
        applied.SegmentVersion.ShouldBe(6);
    }

    [Fact]
    public void a_decision_is_applied_once_a_keep_changes_nothing_and_a_closed_review_takes_no_change()
    {
        var given = ASegment();
        var shop = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 0.1m);
        var retire = Guid.NewGuid();
        var keep = Guid.NewGuid();
        var review = AnOpenReview();
        review = With(review, ReviewRules.RecordDecision(review, retire, ReviewDecision.Retire, given.Segment, shop, null, "old"));
        review = With(review, ReviewRules.RecordDecision(review, keep, ReviewDecision.Keep, given.Segment, shop, null, "fine"));

        ShouldBreak(() => Applying(keep).Decide(review, given.Segment, 2, "EUR", Guid.NewGuid()), "decisionId");
        ShouldBreak(() => Applying(Guid.NewGuid()).Decide(review, given.Segment, 2, "EUR", Guid.NewGuid()), "decisionId");

        var (applied, events) = Applying(retire).Decide(review, given.Segment, 2, "EUR", Guid.NewGuid());
        events.ShouldHaveSingleItem().ShouldBeOfType<RelationshipRetired>();
        review = With(review, applied);
        ShouldBreak(() => Applying(retire).Decide(review, given.Segment, 3, "EUR", Guid.NewGuid()), "decisionId");

        review = With(review, ReviewRules.Close(review, DateTimeOffset.UnixEpoch, "done"));
        ShouldBreak(() => ReviewRules.Close(review, DateTimeOffset.UnixEpoch, null), "reviewId");
        ShouldBreak(() => ReviewRules.RecordDecision(review, Guid.NewGuid(), ReviewDecision.Keep, given.Segment, shop, null, "late"), "reviewId");
    }
}
