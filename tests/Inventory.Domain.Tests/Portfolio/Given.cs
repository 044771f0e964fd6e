using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Tests.Portfolio;

/// <summary>Builds a portfolio the way the product does: each command decided on the current state, its events folded in.</summary>
public sealed class Given
{
    public const string Currency = "EUR";
    /// <summary>The month the tests take as now: every month they record has begun by then.</summary>
    public static readonly YearMonth ThisMonth = new(2026, 6);
    public SegmentPortfolio Segment { get; private set; }
    /// <summary>The segment's monthly usage and satisfaction, folded from the same events (the store keeps them as rows).</summary>
    public MonthlyFacts Facts { get; } = new();
    /// <summary>Every event folded in, in order.</summary>
    public List<object> Events { get; } = [];

    private Given(SegmentDefined defined)
    {
        Segment = PortfolioEvolution.Evolve(null, defined)!;
        Events.Add(defined);
    }

    public static Given ASegment(string definedOn = "2025-01-01", string name = "Home brewers", Motivation motivation = Motivation.Retention) =>
        new(new DefineSegment(Guid.NewGuid(), name, null, motivation, D(definedOn)).Decide());

    public Given Then(params IPortfolioEvent[] events)
    {
        foreach (var e in events)
        {
            Segment = PortfolioEvolution.Evolve(Segment, e)!;
            Facts.Apply(e);
            Events.Add(e);
        }

        return this;
    }

    /// <summary>The segment's figures per type and month, as reports read them.</summary>
    public MonthlyFigures Figures() => new(Segment, Facts);

    public Guid Establish(RelationshipType type, string on, decimal monthly, decimal perInteraction, string? provider = null, string name = "A relationship",
        IReadOnlyList<Motivation>? motivations = null)
    {
        var id = Guid.NewGuid();
        Then(new EstablishRelationship(id, type, name, [Channel.Web], [Phase.AfterPurchase], motivations ?? [Motivation.Retention], Horizon.LongTerm,
            null, provider ?? (type == RelationshipType.ThirdParty ? "CallCo" : null), monthly, perInteraction, Currency, D(on)).Decide(Segment, Currency));
        return id;
    }

    public Given Usage(Guid id, string month, long interactions, long customers) =>
        Then(new RecordUsage(id, YearMonth.Parse(month), interactions, customers).Decide(Segment, ThisMonth));

    public Given Satisfaction(Guid id, string month, decimal score, long responses) =>
        Then(new RecordSatisfaction(id, YearMonth.Parse(month), score, responses).Decide(Segment, ThisMonth));

    public Given ReviseCost(Guid id, string on, decimal monthly, decimal perInteraction) =>
        Then(new ReviseCost(id, monthly, perInteraction, null, D(on), "revision").Decide(Segment, Currency));

    public Given Outcome(string month, decimal revenue, long newCustomers, long lostCustomers, long activeCustomers) =>
        Then(new RecordOutcome(YearMonth.Parse(month), revenue, newCustomers, lostCustomers, activeCustomers).Decide(Segment, ThisMonth));

    public Given Motivations(Guid id, string on, params Motivation[] motivations) =>
        Then(new AdjustRelationship(id, null, null, motivations, null, null, null, D(on), "motivations change").Decide(Segment));

    public Given ChangeObjective(Motivation motivation, string on) => Then(new ChangeObjective(motivation, "the market moved", D(on)).Decide(Segment));

    public Given Retire(Guid id, string on) => Then(new RetireRelationship(id, D(on), "retired").Decide(Segment));

    public Given Expect(RelationshipType type, int importance, string on) => Then(new RecordExpectation(type, importance, D(on)).Decide(Segment));

    public Given Discontinue(string on) => Then(new DiscontinueSegment(D(on), "stopped").Decide(Segment).ToArray());

    public static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
