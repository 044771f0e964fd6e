using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Reviews;
using Inventory.Domain.Vocabulary;
using Marten;

namespace Inventory.Api.Web;

/// <summary>
/// A demo company a newcomer can open at once: a bicycle retailer with four segments and two years of history up to
/// today (relationships established, costs revised, monthly usage and satisfaction, a retirement, a discontinued
/// segment, a closed review). Built through the same decisions as the API, so every rule holds. Everything is recorded
/// at <c>now</c>, the instant it is loaded: the review is closed then too (its pack is as known at that instant), never at a
/// made-up date in the past that the recorded events would postdate.
/// </summary>
public static class DemoCompany
{
    public const string User = "demo-loader";

    public static async Task<bool> LoadAsync(IDocumentStore store, string organizationId, DateTimeOffset now, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using (var check = store.QuerySession(organizationId))
        {
            if (await check.Query<SegmentPortfolio>().AnyAsync(ct)) return false;
        }

        var end = Quarter.Containing(today);
        var start = end;
        for (var i = 0; i < 7; i++) start = start.Previous();
        var first = start.FirstDay;
        var random = new Random(7);
        var streams = new List<(Guid Id, List<object> Events)>();

        Portfolio Segment(string name, Motivation motivation, params (RelationshipType Type, int Importance)[] expectations)
        {
            var segment = new Portfolio(Guid.NewGuid(), streams, YearMonth.Of(today));
            segment.Do(s => [new DefineSegment(segment.Id, name, $"{name} of Northwind Cycles", motivation, first).Decide()]);
            foreach (var (type, importance) in expectations) segment.Do(s => [new RecordExpectation(type, importance, first).Decide(s)]);
            return segment;
        }

        var commuters = Segment("Commuters", Motivation.Retention, (RelationshipType.SelfService, 4), (RelationshipType.AutomatedServices, 3), (RelationshipType.Communities, 2));
        var sport = Segment("Sport riders", Motivation.BoostingSales, (RelationshipType.PersonalAssistance, 5), (RelationshipType.Communities, 4), (RelationshipType.CoCreation, 2));
        var fleets = Segment("Corporate fleets", Motivation.Acquisition, (RelationshipType.DedicatedPersonalAssistance, 5), (RelationshipType.ThirdParty, 2));
        var families = Segment("Families", Motivation.Acquisition, (RelationshipType.PersonalAssistance, 3), (RelationshipType.SelfService, 3));

        var webshop = commuters.Establish(RelationshipType.SelfService, "Web shop and repair booking", [Channel.Web, Channel.MobileApp], 1800m, 0.04m, first);
        var app = commuters.Establish(RelationshipType.AutomatedServices, "Ride app with service reminders", [Channel.MobileApp], 950m, 0.02m, first.AddMonths(4));
        var workshop = sport.Establish(RelationshipType.PersonalAssistance, "Fitting studio", [Channel.InPerson], 5200m, 6.50m, first);
        var club = sport.Establish(RelationshipType.Communities, "Saturday ride club", [Channel.Event, Channel.SocialMedia], 700m, 0m, first.AddMonths(1));
        var panel = sport.Establish(RelationshipType.CoCreation, "Product test panel", [Channel.Web, Channel.Event], 400m, 12m, first.AddMonths(9));
        var kam = fleets.Establish(RelationshipType.DedicatedPersonalAssistance, "Fleet account managers", [Channel.InPerson, Channel.Phone], 7400m, 18m, first);
        var leasing = fleets.Establish(RelationshipType.ThirdParty, "Leasing partner service desk", [Channel.Phone, Channel.Email], 2100m, 4.20m, first.AddMonths(2), provider: "LeaseCo");
        var advice = families.Establish(RelationshipType.PersonalAssistance, "In-store family advice", [Channel.InPerson], 2600m, 3.10m, first);

        var months = new List<YearMonth>();
        for (var m = YearMonth.Of(first); m <= YearMonth.Of(today) && m.FirstDay < new DateOnly(today.Year, today.Month, 1); m = m.Next()) months.Add(m);
        foreach (var (month, index) in months.Select((m, i) => (m, i)))
        {
            var season = 1.0 + 0.35 * Math.Sin((month.Month - 3) / 12.0 * 2 * Math.PI);
            int Vary(double baseline) => (int)(baseline * season * (0.9 + random.NextDouble() * 0.2) * (1 + index * 0.015));
            commuters.Usage(webshop, month, Vary(5200), Vary(2100));
            commuters.Usage(app, month, Vary(9000), Vary(1500));
            sport.Usage(workshop, month, Vary(240), Vary(180));
            sport.Usage(club, month, Vary(600), Vary(220));
            sport.Usage(panel, month, Vary(35), Vary(30));
            fleets.Usage(kam, month, Vary(140), Vary(45));
            fleets.Usage(leasing, month, Vary(420), Vary(160));
            families.Usage(advice, month, Vary(380), Vary(300));
            if (index % 3 == 2)
            {
                commuters.Satisfaction(webshop, month, 68 + random.Next(0, 10), 300 + random.Next(0, 100));
                commuters.Satisfaction(app, month, 74 + random.Next(0, 8), 250 + random.Next(0, 100));
                sport.Satisfaction(workshop, month, 86 + random.Next(0, 8), 60 + random.Next(0, 30));
                sport.Satisfaction(club, month, 90 + random.Next(0, 6), 80 + random.Next(0, 40));
                fleets.Satisfaction(kam, month, 80 + random.Next(0, 10), 20 + random.Next(0, 10));
                fleets.Satisfaction(leasing, month, 58 + random.Next(0, 12), 40 + random.Next(0, 20));
                families.Satisfaction(advice, month, 77 + random.Next(0, 10), 90 + random.Next(0, 40));
            }
        }

        commuters.ReviseCost(webshop, first.AddMonths(12), 2100m, 0.035m, "New hosting contract");
        fleets.ReviseCost(leasing, first.AddMonths(14).AddDays(14), 2500m, 4.60m, "LeaseCo price increase");
        sport.Do(s => [new AdjustRelationship(club, [Channel.Event, Channel.SocialMedia, Channel.Chat], null, null, null, "Community team", null, first.AddMonths(6), "Chat group added").Decide(s)]);
        sport.Do(s => [new LinkIntegration(workshop, CanvasBlock.KeyResources, "Trained fitters and the 3D fitting rig", first).Decide(s)]);
        fleets.Do(s => [new LinkIntegration(leasing, CanvasBlock.KeyPartnerships, "LeaseCo runs first-line support", first.AddMonths(2)).Decide(s)]);
        families.Do(s => new DiscontinueSegment(first.AddMonths(18), "Family segment merged into Commuters").Decide(s));
        commuters.Do(s => [new ChangeObjective(Motivation.BoostingSales, "Commuter base is loyal; grow accessories", first.AddMonths(12)).Decide(s)]);

        // A closed review of the first year's last quarter.
        var review = Guid.NewGuid();
        var reviewed = start.Next().Next().Next();
        streams.Add((review, [
            ReviewRules.Open(review, reviewed, "Year-end strategy review"),
            new EnvironmentFactorRecorded(review, Guid.NewGuid(), EnvironmentFactor.Competitor, "Direct-to-consumer brands undercut on price", Impact.High, [commuters.Id]),
            new EnvironmentFactorRecorded(review, Guid.NewGuid(), EnvironmentFactor.FinancialConstraint, "Marketing budget cut by 10 %", Impact.Medium, []),
            new ObjectiveRevisited(review, commuters.Id, Motivation.Retention, Motivation.BoostingSales, false, "Commuter base is loyal; grow accessories", first.AddMonths(12)),
            new DecisionRecorded(review, Guid.NewGuid(), ReviewDecision.Keep, fleets.Id, kam, RelationshipType.DedicatedPersonalAssistance, "Fleet accounts pay for their managers"),
            new ReviewClosed(review, now, "Grow accessories with commuters; keep fleet managers"),
        ]));

        await using var session = store.LightweightSession(organizationId);
        session.LastModifiedBy = User;
        foreach (var (id, events) in streams)
        {
            if (events[0] is SegmentDefined) session.Events.StartStream<SegmentPortfolio>(id, events.ToArray());
            else session.Events.StartStream<Review>(id, events.ToArray());
        }

        session.Store(new Reviews.ReviewPeriodClaim { Id = reviewed.ToString(), ReviewId = review });
        await session.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A segment being built: each command decided on the state so far, as the API would.</summary>
    private sealed class Portfolio
    {
        private readonly List<object> _events = [];
        private SegmentPortfolio? _state;

        private readonly YearMonth _thisMonth;

        public Portfolio(Guid id, List<(Guid, List<object>)> streams, YearMonth thisMonth)
        {
            Id = id;
            _thisMonth = thisMonth;
            streams.Add((id, _events));
        }

        public Guid Id { get; }

        public void Do(Func<SegmentPortfolio, IEnumerable<IPortfolioEvent>> decide)
        {
            foreach (var e in decide(_state!))
            {
                _events.Add(e);
                _state = PortfolioEvolution.Evolve(_state, e);
            }
        }

        public Guid Establish(RelationshipType type, string name, IReadOnlyList<Channel> channels, decimal monthly, decimal perInteraction, DateOnly on, string? provider = null)
        {
            var id = Guid.NewGuid();
            Do(s => [new EstablishRelationship(id, type, name, channels, [Phase.BeforePurchase, Phase.AfterPurchase], [Motivation.Retention],
                Horizon.LongTerm, "Customer team", provider, monthly, perInteraction, null, on).Decide(s, "EUR")]);
            return id;
        }

        public void Usage(Guid relationship, YearMonth month, int interactions, int customers)
        {
            if (_state!.Find(relationship) is { } r && r.Overlaps(month))
                Do(s => [new RecordUsage(relationship, month, interactions, customers).Decide(s, _thisMonth)]);
        }

        public void Satisfaction(Guid relationship, YearMonth month, decimal score, int responses)
        {
            if (_state!.Find(relationship) is { } r && r.Overlaps(month))
                Do(s => [new RecordSatisfaction(relationship, month, score, responses).Decide(s, _thisMonth)]);
        }

        public void ReviseCost(Guid relationship, DateOnly on, decimal monthly, decimal perInteraction, string reason) =>
            Do(s => [new Domain.Portfolio.Decisions.ReviseCost(relationship, monthly, perInteraction, null, on, reason).Decide(s, "EUR")]);
    }
}
