using Inventory.Domain.Errors;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Reviews;
using Inventory.Domain.Vocabulary;
using static Inventory.Domain.Tests.Portfolio.Given;

namespace Inventory.Domain.Tests.Errors;

/// <summary>Each broken rule names its code and the values its text needs, so a client can say it in the user's language.</summary>
public class RuleCodeTests
{
    private static RuleViolation Broken(Action decide, string code)
    {
        var violation = Should.Throw<RuleViolation>(decide);
        violation.Code.ShouldBe(code, violation.Message);
        return violation;
    }

    [Fact]
    public void a_change_to_a_retired_relationship_names_its_retirement_date()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        given.Retire(id, "2025-06-01");
        var violation = Broken(() => new ReviseCost(id, 1, 1, null, D("2025-07-01"), null).Decide(given.Segment, Currency), ErrorCodes.RetiredRelationship);
        violation.Args.ShouldBe(new Dictionary<string, string> { ["field"] = "effectiveDate", ["retiredOn"] = "2025-06-01" }, ignoreOrder: true);
        Broken(() => new RetireRelationship(id, D("2025-08-01"), null).Decide(given.Segment), ErrorCodes.AlreadyRetired).Args["retiredOn"].ShouldBe("2025-06-01");
    }

    [Fact]
    public void usage_outside_the_active_period_or_of_a_month_not_begun_names_the_months()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-03-10", 100, 1);
        var outside = Broken(() => new RecordUsage(id, new YearMonth(2025, 2), 1, 1).Decide(given.Segment, ThisMonth), ErrorCodes.MonthOutsideActivePeriod);
        outside.Args["month"].ShouldBe("2025-02");
        outside.Args["from"].ShouldBe("2025-03-10");
        var early = Broken(() => new RecordUsage(id, ThisMonth.Next(), 1, 1).Decide(given.Segment, ThisMonth), ErrorCodes.NotYetBegun);
        early.Args["month"].ShouldBe("2026-07");
        early.Args["current"].ShouldBe("2026-06");
    }

    [Fact]
    public void a_discontinued_segment_names_since_when()
    {
        var given = ASegment().Discontinue("2025-09-01");
        var establish = new EstablishRelationship(Guid.NewGuid(), RelationshipType.Communities, "Club", [], [], [], Horizon.LongTerm, null, null, 1, 1, null, D("2025-10-01"));
        Broken(() => establish.Decide(given.Segment, Currency), ErrorCodes.SegmentDiscontinued).Args["since"].ShouldBe("2025-09-01");
        Broken(() => new DiscontinueSegment(D("2025-10-01"), null).Decide(given.Segment), ErrorCodes.AlreadyDiscontinued);
        Broken(() => new ReinstateSegment(D("2025-08-01"), null).Decide(given.Segment), ErrorCodes.BeforeSegmentDiscontinued).Args["earliest"].ShouldBe("2025-09-01");
        Broken(() => new ReinstateSegment(D("2025-10-01"), null).Decide(ASegment().Segment), ErrorCodes.NotDiscontinued);
    }

    [Fact]
    public void limits_name_their_bounds()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        Broken(() => new RecordSatisfaction(id, new YearMonth(2025, 2), 101, 1).Decide(given.Segment, ThisMonth), ErrorCodes.OutOfRange)
            .Args.ShouldBe(new Dictionary<string, string> { ["field"] = "score", ["min"] = "0", ["max"] = "100" }, ignoreOrder: true);
        Broken(() => new RecordSatisfaction(id, new YearMonth(2025, 2), 50, 0).Decide(given.Segment, ThisMonth), ErrorCodes.BelowMinimum).Args["min"].ShouldBe("1");
        Broken(() => new RecordUsage(id, new YearMonth(2025, 2), -1, 0).Decide(given.Segment, ThisMonth), ErrorCodes.Negative);
        Broken(() => new ReviseCost(id, 1_000_000_000_001m, 1, null, D("2025-02-01"), null).Decide(given.Segment, Currency), ErrorCodes.AboveMaximum)
            .Args["max"].ShouldBe("1000000000000");
        Broken(() => new ReviseCost(id, 1, 1, "USD", D("2025-02-01"), null).Decide(given.Segment, Currency), ErrorCodes.WrongCurrency).Args["currency"].ShouldBe("EUR");
        Broken(() => new DefineSegment(Guid.NewGuid(), new string('x', 201), null, Motivation.Retention, D("2025-01-01")).Decide(), ErrorCodes.TooLong).Args["max"].ShouldBe("200");
    }

    [Fact]
    public void review_rules_name_their_codes()
    {
        Quarter.TryParse("2025-Q1", 1, out var quarter).ShouldBeTrue();
        var review = Review.Evolve(null, ReviewRules.Open(Guid.NewGuid(), quarter, null))!;
        Broken(() => ReviewRules.RecordFactor(review, Guid.NewGuid(), EnvironmentFactor.Competitor, "x", Impact.High, [Guid.NewGuid()], new HashSet<Guid>()),
            ErrorCodes.UnknownSegment);
        Broken(() => ReviewRules.Applicable(review, Guid.NewGuid()), ErrorCodes.UnknownDecision);
    }

    [Fact]
    public void every_code_is_kebab_case_and_listed_once()
    {
        ErrorCodes.All.ShouldNotBeEmpty();
        ErrorCodes.All.Distinct().Count().ShouldBe(ErrorCodes.All.Count);
        ErrorCodes.All.ShouldAllBe(code => System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-z]+(-[a-z]+)*$"));
    }
}
