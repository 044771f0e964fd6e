using Inventory.Api.Languages;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Reviews;
using Inventory.Domain.Vocabulary;
using Marten;
using Inventory.Api.Reviews;

namespace Inventory.Api.Demo;

/// <summary>
/// A demo company a newcomer can open at once: a bicycle retailer with four segments and two years of history up to
/// today (relationships established, costs revised, monthly usage and satisfaction, a retirement, a discontinued
/// segment, a closed review). Built through the same decisions as the API, so every rule holds. Everything is recorded
/// at <c>now</c>, the instant it is loaded: the review is closed then too (its pack is as known at that instant), never at a
/// made-up date in the past that the recorded events would postdate. Its names, reasons and rationales are in the
/// language asked (<c>demo.*</c> in the language files), its amounts in the organization's currency (<see cref="CurrencyFor"/>).
/// </summary>
public static class DemoCompany
{
    public const string User = "demo-loader";
    private const string Provider = "LeaseCo";

    /// <summary>The currency a new organization gets for a demo in <paramref name="language"/>: the real in Brazil, the euro otherwise.</summary>
    public static string CurrencyFor(string language) => language == "pt-BR" ? "BRL" : "EUR";

    /// <summary>How much larger the amounts are in <paramref name="currency"/> than in euros, roughly, so prices look real.</summary>
    private static decimal ScaleOf(string currency) => currency.ToUpperInvariant() == "BRL" ? 5m : 1m;

    public static async Task<bool> LoadAsync(IDocumentStore store, string organizationId, DateTimeOffset now, CancellationToken ct = default) =>
        await LoadAsync(store, organizationId, now, Texts.English, "EUR", ct);

    /// <summary>
    /// Loads the demo into an empty organization whose currency is <paramref name="currency"/>, named in <paramref name="texts"/>'
    /// language. Its history ends on <paramref name="endsOn"/> (the day of <paramref name="now"/> when null; never later).
    /// </summary>
    public static async Task<bool> LoadAsync(IDocumentStore store, string organizationId, DateTimeOffset now, Texts texts, string currency, CancellationToken ct = default,
        DateOnly? endsOn = null)
    {
        currency = currency.ToUpperInvariant();
        var scale = ScaleOf(currency);
        var company = texts["demo.company"];
        var today = endsOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        if (today > DateOnly.FromDateTime(now.UtcDateTime)) throw new ArgumentOutOfRangeException(nameof(endsOn), endsOn, "The demo's history cannot end after today");
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
            var segment = new Portfolio(Guid.NewGuid(), streams, YearMonth.Of(today), currency, texts["demo.owner.customers"]);
            segment.Do(s => [new DefineSegment(segment.Id, name, texts.Format("demo.segment.description", ("segment", name), ("company", company)), motivation, first).Decide()]);
            foreach (var (type, importance) in expectations) segment.Do(s => [new RecordExpectation(type, importance, first).Decide(s)]);
            return segment;
        }

        var commuters = Segment(texts["demo.segment.commuters"], Motivation.Retention, (RelationshipType.SelfService, 4), (RelationshipType.AutomatedServices, 3), (RelationshipType.Communities, 2));
        var sport = Segment(texts["demo.segment.sport"], Motivation.BoostingSales, (RelationshipType.PersonalAssistance, 5), (RelationshipType.Communities, 4), (RelationshipType.CoCreation, 2));
        var fleets = Segment(texts["demo.segment.fleets"], Motivation.Acquisition, (RelationshipType.DedicatedPersonalAssistance, 5), (RelationshipType.ThirdParty, 2));
        var families = Segment(texts["demo.segment.families"], Motivation.Acquisition, (RelationshipType.PersonalAssistance, 3), (RelationshipType.SelfService, 3));

        // Each relationship serves a motivation: the fleets' money mostly keeps accounts while their objective is winning new ones.
        var webshop = commuters.Establish(RelationshipType.SelfService, texts["demo.relationship.webshop"], [Channel.Web, Channel.MobileApp], 1800m * scale, 0.04m * scale, first, [Motivation.Retention]);
        var app = commuters.Establish(RelationshipType.AutomatedServices, texts["demo.relationship.app"], [Channel.MobileApp], 950m * scale, 0.02m * scale, first.AddMonths(4), [Motivation.Retention]);
        var workshop = sport.Establish(RelationshipType.PersonalAssistance, texts["demo.relationship.fitting"], [Channel.InPerson], 5200m * scale, 6.50m * scale, first, [Motivation.BoostingSales]);
        var club = sport.Establish(RelationshipType.Communities, texts["demo.relationship.club"], [Channel.Event, Channel.SocialMedia], 700m * scale, 0m, first.AddMonths(1), [Motivation.Retention]);
        var panel = sport.Establish(RelationshipType.CoCreation, texts["demo.relationship.panel"], [Channel.Web, Channel.Event], 400m * scale, 12m * scale, first.AddMonths(9), [Motivation.BoostingSales, Motivation.Retention]);
        var kam = fleets.Establish(RelationshipType.DedicatedPersonalAssistance, texts["demo.relationship.accountManagers"], [Channel.InPerson, Channel.Phone], 7400m * scale, 18m * scale, first, [Motivation.Retention]);
        var leasing = fleets.Establish(RelationshipType.ThirdParty, texts["demo.relationship.leasingDesk"], [Channel.Phone, Channel.Email], 2100m * scale, 4.20m * scale, first.AddMonths(2), [Motivation.Acquisition], Provider);
        var advice = families.Establish(RelationshipType.PersonalAssistance, texts["demo.relationship.familyAdvice"], [Channel.InPerson], 2600m * scale, 3.10m * scale, first, [Motivation.Acquisition]);

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

        // What each segment brought in, month by month (drawn apart from the usage, which stays as it was). Commuters and sport
        // riders pay well for what they cost; fleets pay too, but their money serves the wrong motivation; families bring in
        // less than their advice costs until the segment is discontinued, with a last month of trailing revenue.
        var draws = new Random(11);
        var discontinued = YearMonth.Of(first.AddMonths(18));
        (Portfolio Segment, int Active, double New, double Lost, double RevenuePerCustomer)[] outcomes =
        [
            (commuters, 4000, 260, 150, 15), (sport, 900, 60, 35, 45), (fleets, 40, 4, 2, 900), (families, 300, 25, 20, 0),
        ];
        foreach (var (month, index) in months.Select((m, i) => (m, i)))
        {
            var season = 1.0 + 0.35 * Math.Sin((month.Month - 3) / 12.0 * 2 * Math.PI);
            double Draw(double baseline) => baseline * season * (0.9 + draws.NextDouble() * 0.2) * (1 + index * 0.015);
            for (var i = 0; i < outcomes.Length; i++)
            {
                var (segment, active, newBase, lostBase, perCustomer) = outcomes[i];
                if (segment == families && month > discontinued) continue;
                int won = (int)Draw(newBase), lost = (int)Math.Min(active, Draw(lostBase));
                decimal revenue;
                if (segment != families) revenue = Math.Round((decimal)Draw(perCustomer) * (active + won - lost), 2);
                else if (month < discontinued) revenue = Math.Round((decimal)Draw(1800), 2);
                else (won, lost, revenue) = (0, active, 400m);
                active += won - lost;
                outcomes[i].Active = active;
                segment.Outcome(month, revenue * scale, won, lost, active);
            }
        }

        commuters.ReviseCost(webshop, first.AddMonths(12), 2100m * scale, 0.035m * scale, texts["demo.reason.hosting"]);
        fleets.ReviseCost(leasing, first.AddMonths(14).AddDays(14), 2500m * scale, 4.60m * scale, texts.Format("demo.reason.leasingPrice", ("provider", Provider)));
        sport.Do(s => [new AdjustRelationship(club, [Channel.Event, Channel.SocialMedia, Channel.Chat], null, null, null, texts["demo.owner.community"], null, first.AddMonths(6),
            texts["demo.reason.chat"]).Decide(s)]);
        sport.Do(s => [new LinkIntegration(workshop, CanvasBlock.KeyResources, texts["demo.integration.fitting"], first).Decide(s)]);
        fleets.Do(s => [new LinkIntegration(leasing, CanvasBlock.KeyPartnerships, texts.Format("demo.integration.leasing", ("provider", Provider)), first.AddMonths(2)).Decide(s)]);
        families.Do(s => new DiscontinueSegment(first.AddMonths(18),
            texts.Format("demo.reason.familiesMerged", ("families", texts["demo.segment.families"]), ("commuters", texts["demo.segment.commuters"]))).Decide(s));
        var accessories = texts["demo.rationale.accessories"];
        commuters.Do(s => [new ChangeObjective(Motivation.BoostingSales, accessories, first.AddMonths(12)).Decide(s)]);
        commuters.Do(s => [new AdjustRelationship(webshop, null, null, [Motivation.BoostingSales], null, null, null, first.AddMonths(12),
            texts["demo.reason.accessoriesShop"]).Decide(s)]);

        // A closed review of the first year's last quarter.
        var review = Guid.NewGuid();
        var reviewed = start.Next().Next().Next();
        streams.Add((review, [
            ReviewRules.Open(review, reviewed, texts["demo.review.title"]),
            new EnvironmentFactorRecorded(review, Guid.NewGuid(), EnvironmentFactor.Competitor, texts["demo.factor.competitor"], Impact.High, [commuters.Id]),
            new EnvironmentFactorRecorded(review, Guid.NewGuid(), EnvironmentFactor.FinancialConstraint, texts["demo.factor.budget"], Impact.Medium, []),
            new ObjectiveRevisited(review, commuters.Id, Motivation.Retention, Motivation.BoostingSales, false, accessories, first.AddMonths(12)),
            new DecisionRecorded(review, Guid.NewGuid(), ReviewDecision.Keep, fleets.Id, kam, RelationshipType.DedicatedPersonalAssistance, texts["demo.decision.keepManagers"]),
            new ReviewClosed(review, now, texts["demo.review.summary"]),
        ]));

        await using var session = store.LightweightSession(organizationId);
        session.LastModifiedBy = User;
        foreach (var (id, events) in streams)
        {
            if (events[0] is SegmentDefined) session.Events.StartStream<SegmentPortfolio>(id, events.ToArray());
            else session.Events.StartStream<Review>(id, events.ToArray());
        }

        session.Store(new ReviewPeriodClaim { Id = reviewed.ToString(), ReviewId = review });
        await session.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A segment being built: each command decided on the state so far, as the API would.</summary>
    private sealed class Portfolio
    {
        private readonly List<object> _events = [];
        private SegmentPortfolio? _state;

        private readonly YearMonth _thisMonth;
        private readonly string _currency;
        private readonly string _owner;

        public Portfolio(Guid id, List<(Guid, List<object>)> streams, YearMonth thisMonth, string currency, string owner)
        {
            Id = id;
            _thisMonth = thisMonth;
            _currency = currency;
            _owner = owner;
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

        public Guid Establish(RelationshipType type, string name, IReadOnlyList<Channel> channels, decimal monthly, decimal perInteraction, DateOnly on,
            IReadOnlyList<Motivation> motivations, string? provider = null)
        {
            var id = Guid.NewGuid();
            Do(s => [new EstablishRelationship(id, type, name, channels, [Phase.BeforePurchase, Phase.AfterPurchase], motivations,
                Horizon.LongTerm, _owner, provider, monthly, perInteraction, null, on).Decide(s, _currency)]);
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

        public void Outcome(YearMonth month, decimal revenue, int newCustomers, int lostCustomers, int activeCustomers) =>
            Do(s => [new RecordOutcome(month, revenue, newCustomers, lostCustomers, activeCustomers).Decide(s, _thisMonth)]);

        public void ReviseCost(Guid relationship, DateOnly on, decimal monthly, decimal perInteraction, string reason) =>
            Do(s => [new Domain.Portfolio.Decisions.ReviseCost(relationship, monthly, perInteraction, null, on, reason).Decide(s, _currency)]);
    }
}
