using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;
using static Inventory.Domain.Tests.Portfolio.Given;

namespace Inventory.Domain.Tests.Portfolio;

/// <summary>Each rule of the portfolio, decided on state alone, without a database.</summary>
public class PortfolioRuleTests
{
    private static void ShouldBreak(Action decide, string field)
    {
        var violation = Should.Throw<RuleViolation>(decide);
        violation.Field.ShouldBe(field);
        Inventory.Domain.Errors.ErrorCodes.All.ShouldContain(violation.Code);
        violation.Args["field"].ShouldBe(field);
    }

    private static EstablishRelationship Establishing(RelationshipType type = RelationshipType.SelfService, string on = "2025-01-01",
        decimal monthly = 100, decimal perInteraction = 1, string? provider = null, string? currency = "EUR", string name = "Shop") =>
        new(Guid.NewGuid(), type, name, [Channel.Web], [], [], Horizon.LongTerm, null, provider, monthly, perInteraction, currency, D(on));

    [Fact]
    public void a_segment_needs_a_name() =>
        ShouldBreak(() => new DefineSegment(Guid.NewGuid(), " ", null, Motivation.Retention, D("2025-01-01")).Decide(), "name");

    [Fact]
    public void a_third_party_relationship_needs_a_provider() =>
        ShouldBreak(() => Establishing(RelationshipType.ThirdParty).Decide(ASegment().Segment, "EUR"), "provider");

    [Fact]
    public void money_must_not_be_negative()
    {
        ShouldBreak(() => Establishing(monthly: -0.01m).Decide(ASegment().Segment, "EUR"), "monthlyFixedCost");
        ShouldBreak(() => Establishing(perInteraction: -1).Decide(ASegment().Segment, "EUR"), "costPerInteraction");
    }

    [Fact]
    public void the_currency_must_be_the_organizations() =>
        ShouldBreak(() => Establishing(currency: "USD").Decide(ASegment().Segment, "EUR"), "currency");

    [Fact]
    public void the_currency_may_be_left_out_and_is_then_the_organizations() =>
        Establishing(currency: null).Decide(ASegment().Segment, "eur").Currency.ShouldBe("EUR");

    [Fact]
    public void nothing_is_effective_before_the_segment_was_defined()
    {
        var segment = ASegment("2025-03-01").Segment;
        ShouldBreak(() => Establishing(on: "2025-02-28").Decide(segment, "EUR"), "effectiveDate");
        ShouldBreak(() => new RecordExpectation(RelationshipType.Communities, 3, D("2025-01-01")).Decide(segment), "effectiveDate");
        ShouldBreak(() => new ChangeObjective(Motivation.Acquisition, "why", D("2025-01-01")).Decide(segment), "effectiveDate");
    }

    [Fact]
    public void nothing_about_a_relationship_is_effective_before_it_was_established()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-02-01", 100, 1);
        ShouldBreak(() => new ReviseCost(id, 1, 1, null, D("2025-01-31"), null).Decide(given.Segment, "EUR"), "effectiveDate");
        ShouldBreak(() => new RetireRelationship(id, D("2025-01-15"), null).Decide(given.Segment), "effectiveDate");
        ShouldBreak(() => new AdjustRelationship(id, [Channel.Chat], null, null, null, null, null, D("2025-01-15"), null).Decide(given.Segment), "effectiveDate");
    }

    [Fact]
    public void usage_for_a_month_wholly_outside_the_active_period_is_rejected()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-02-15", 100, 1);
        given.Retire(id, "2025-05-01");
        ShouldBreak(() => new RecordUsage(id, YearMonth.Parse("2025-01"), 1, 1).Decide(given.Segment, Given.ThisMonth), "month");
        ShouldBreak(() => new RecordUsage(id, YearMonth.Parse("2025-05"), 1, 1).Decide(given.Segment, Given.ThisMonth), "month");
        ShouldBreak(() => new RecordSatisfaction(id, YearMonth.Parse("2025-05"), 50, 1).Decide(given.Segment, Given.ThisMonth), "month");
        new RecordUsage(id, YearMonth.Parse("2025-02"), 1, 1).Decide(given.Segment, Given.ThisMonth).Month.ShouldBe(YearMonth.Parse("2025-02"));
        new RecordUsage(id, YearMonth.Parse("2025-04"), 1, 1).Decide(given.Segment, Given.ThisMonth).Month.ShouldBe(YearMonth.Parse("2025-04"));
    }

    [Fact]
    public void counts_must_not_be_negative_and_a_survey_needs_a_response_and_a_score_within_0_to_100()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        ShouldBreak(() => new RecordUsage(id, YearMonth.Parse("2025-01"), -1, 1).Decide(given.Segment, Given.ThisMonth), "interactions");
        ShouldBreak(() => new RecordUsage(id, YearMonth.Parse("2025-01"), 1, -1).Decide(given.Segment, Given.ThisMonth), "customersReached");
        ShouldBreak(() => new RecordSatisfaction(id, YearMonth.Parse("2025-01"), 100.5m, 1).Decide(given.Segment, Given.ThisMonth), "score");
        ShouldBreak(() => new RecordSatisfaction(id, YearMonth.Parse("2025-01"), 50, 0).Decide(given.Segment, Given.ThisMonth), "responses");
    }

    [Fact]
    public void expectations_have_an_importance_from_1_to_5_and_only_an_expected_type_can_be_withdrawn()
    {
        var given = ASegment();
        ShouldBreak(() => new RecordExpectation(RelationshipType.Communities, 0, D("2025-01-01")).Decide(given.Segment), "importance");
        ShouldBreak(() => new WithdrawExpectation(RelationshipType.Communities, D("2025-02-01"), null).Decide(given.Segment), "type");
        given.Expect(RelationshipType.Communities, 4, "2025-03-01");
        ShouldBreak(() => new WithdrawExpectation(RelationshipType.Communities, D("2025-02-01"), null).Decide(given.Segment), "type");
        new WithdrawExpectation(RelationshipType.Communities, D("2025-03-01"), null).Decide(given.Segment).Type.ShouldBe(RelationshipType.Communities);
    }

    [Fact]
    public void retiring_twice_is_rejected()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        given.Retire(id, "2025-06-01");
        ShouldBreak(() => new RetireRelationship(id, D("2025-07-01"), null).Decide(given.Segment), "relationshipId");
    }

    [Fact]
    public void a_retired_relationship_cannot_be_changed_from_its_retirement_on_but_its_past_can_be_corrected()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        given.Retire(id, "2025-06-01");
        ShouldBreak(() => new ReviseCost(id, 1, 1, null, D("2025-06-01"), null).Decide(given.Segment, "EUR"), "effectiveDate");
        ShouldBreak(() => new AdjustRelationship(id, null, null, null, Horizon.Transactional, null, null, D("2025-07-01"), null).Decide(given.Segment), "effectiveDate");
        ShouldBreak(() => new LinkIntegration(id, CanvasBlock.KeyResources, "CRM", D("2025-06-02")).Decide(given.Segment), "effectiveDate");
        new ReviseCost(id, 90, 1, null, D("2025-03-01"), "invoice correction").Decide(given.Segment, "EUR").MonthlyFixedCost.ShouldBe(90);
    }

    [Fact]
    public void an_unknown_relationship_is_reported_as_such() =>
        Should.Throw<UnknownRelationship>(() => new RecordUsage(Guid.NewGuid(), YearMonth.Parse("2025-01"), 1, 1).Decide(ASegment().Segment, Given.ThisMonth));

    [Fact]
    public void discontinuing_retires_every_relationship_still_active_and_blocks_new_ones_until_reinstated()
    {
        var given = ASegment();
        var open = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        var planned = given.Establish(RelationshipType.Communities, "2025-01-01", 100, 1);
        given.Retire(planned, "2025-12-01");
        var ended = given.Establish(RelationshipType.CoCreation, "2025-01-01", 100, 1);
        given.Retire(ended, "2025-03-01");

        var events = new DiscontinueSegment(D("2025-06-30"), "not worth it").Decide(given.Segment);
        events.OfType<RelationshipRetired>().Select(r => (r.RelationshipId, r.EffectiveDate))
            .ShouldBe([(open, D("2025-06-30")), (planned, D("2025-06-30"))], ignoreOrder: true);

        given.Then(events.ToArray());
        given.Segment.IsDiscontinuedOn(D("2025-06-30")).ShouldBeTrue();
        given.Segment.IsDiscontinuedOn(D("2025-06-29")).ShouldBeFalse();
        ShouldBreak(() => Establishing(on: "2025-07-01").Decide(given.Segment, "EUR"), "segmentId");
        ShouldBreak(() => new DiscontinueSegment(D("2025-07-01"), null).Decide(given.Segment), "segmentId");
        ShouldBreak(() => new ReinstateSegment(D("2025-06-01"), null).Decide(given.Segment), "effectiveDate");

        given.Then(new ReinstateSegment(D("2026-01-01"), "back").Decide(given.Segment));
        Establishing(on: "2026-01-01").Decide(given.Segment, "EUR").Type.ShouldBe(RelationshipType.SelfService);
        ShouldBreak(() => new ReinstateSegment(D("2026-02-01"), null).Decide(given.Segment), "segmentId");
    }

    [Fact]
    public void an_objective_change_needs_a_rationale() =>
        ShouldBreak(() => new ChangeObjective(Motivation.Acquisition, "  ", D("2025-02-01")).Decide(ASegment().Segment), "rationale");

    [Fact]
    public void an_adjustment_must_change_something_and_cannot_take_a_third_partys_provider_away()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.ThirdParty, "2025-01-01", 100, 1, provider: "CallCo");
        ShouldBreak(() => new AdjustRelationship(id, null, null, null, null, null, null, D("2025-02-01"), null).Decide(given.Segment), "channels");
        ShouldBreak(() => new AdjustRelationship(id, null, null, null, null, null, " ", D("2025-02-01"), null).Decide(given.Segment), "provider");
    }

    [Fact]
    public void as_of_a_date_the_portfolio_leaves_out_what_was_effective_later()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        given.ReviseCost(id, "2025-05-01", 200, 1).Usage(id, "2025-05", 10, 5).Retire(id, "2025-07-01");
        given.Establish(RelationshipType.Communities, "2025-06-01", 50, 0);

        var april = given.Segment.AsOf(D("2025-04-30"));
        april.Relationships.Count.ShouldBe(1);
        april.Relationships[0].RetiredOn.ShouldBeNull();
        april.Relationships[0].Costs.Count.ShouldBe(1);
        given.Facts.AsOf(D("2025-04-30")).UsageOf(id).ShouldBeEmpty();
    }
}
