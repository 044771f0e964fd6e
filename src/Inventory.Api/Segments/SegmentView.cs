using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Api.Segments;

/// <summary>
/// A segment's portfolio as the API shows it, on one date (status, cost in effect) with every figure recorded.
/// Status is <c>active</c>, <c>planned</c> (defined with a later effective date), <c>discontinued</c>, or <c>notYetDefined</c>
/// when asked as of a date before its definition or as known at an instant before it was recorded: then nothing is listed
/// and <see cref="Objective"/> is null.
/// </summary>
public sealed record SegmentView(
    Guid SegmentId,
    string Name,
    string? Description,
    DateOnly DefinedOn,
    string Status,
    DateOnly? DiscontinuedOn,
    string? DiscontinuationReason,
    ObjectiveEntry? Objective,
    IReadOnlyList<ObjectiveEntry> ObjectiveHistory,
    IReadOnlyList<ExpectationView> Expectations,
    IReadOnlyList<RelationshipView> Relationships,
    long Version,
    DateOnly On,
    DateOnly? AsOf,
    DateTimeOffset? KnownAt)
{
    public const string NotYetDefinedStatus = "notYetDefined";

    public static SegmentView Of(SegmentPortfolio segment, MonthlyFacts months, long version, DateOnly today, DateOnly? asOf, DateTimeOffset? knownAt)
    {
        if (asOf is { } before && before < segment.DefinedOn) return NotYetDefined(segment, version, before, asOf, knownAt);
        var view = asOf is { } date ? segment.AsOf(date) : segment;
        var facts = asOf is { } day ? months.AsOf(day) : months;
        var on = asOf ?? today;
        var discontinued = view.IsDiscontinuedOn(on);
        var objective = view.ObjectiveEntryOn(on);
        return new SegmentView(
            view.Id, view.Name, view.Description, view.DefinedOn,
            on < view.DefinedOn ? "planned" : discontinued ? "discontinued" : "active",
            discontinued ? view.StatusOn(on)?.EffectiveDate : null,
            discontinued ? view.StatusOn(on)?.Reason : null,
            objective,
            view.Objectives,
            view.ExpectationsOn(on).OrderBy(e => e.Key).Select(e => new ExpectationView(e.Key, e.Value)).ToList(),
            view.Relationships.Select(r => RelationshipView.Of(r, facts, on)).ToList(),
            version, on, asOf, knownAt);
    }

    /// <summary>The segment at a time before it existed: its identity, nothing else.</summary>
    public static SegmentView NotYetDefined(SegmentPortfolio segment, long version, DateOnly on, DateOnly? asOf, DateTimeOffset? knownAt) =>
        new(segment.Id, segment.Name, segment.Description, segment.DefinedOn, NotYetDefinedStatus, null, null, null, [], [], [],
            version, on, asOf, knownAt);
}

public sealed record ExpectationView(RelationshipType Type, int Importance);

public sealed record RelationshipView(
    Guid RelationshipId,
    RelationshipType Type,
    string Name,
    string Status,
    DateOnly EstablishedOn,
    DateOnly? RetiredOn,
    string? RetirementReason,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<Motivation> Motivations,
    Horizon? Horizon,
    string? Owner,
    string? Provider,
    CostEntry Cost,
    IReadOnlyList<CostEntry> CostHistory,
    IReadOnlyList<UsageEntry> Usage,
    IReadOnlyList<SatisfactionEntry> Satisfaction,
    IReadOnlyList<IntegrationEntry> Integrations)
{
    public static RelationshipView Of(Relationship r, MonthlyFacts months, DateOnly on)
    {
        var attributes = r.AttributesOn(on < r.EstablishedOn ? r.EstablishedOn : on);
        var status = r.IsActiveOn(on) ? "active" : on < r.EstablishedOn ? "planned" : "retired";
        return new RelationshipView(
            r.Id, r.Type, r.Name, status, r.EstablishedOn, r.RetiredOn, r.RetirementReason,
            attributes.Channels ?? [], attributes.Phases ?? [], attributes.Motivations ?? [], attributes.Horizon,
            attributes.Owner, attributes.Provider,
            CostInEffect(r, on),
            r.Costs.OrderBy(c => c.EffectiveDate).ToList(),
            months.UsageOf(r.Id), months.SatisfactionOf(r.Id), r.Integrations);
    }

    /// <summary>The cost on <paramref name="on"/>, clamped to the active period (its last cost once retired).</summary>
    private static CostEntry CostInEffect(Relationship r, DateOnly on)
    {
        var day = on < r.EstablishedOn ? r.EstablishedOn : r.RetiredOn is { } retired && on >= retired ? retired.AddDays(-1) : on;
        return r.CostOn(day < r.EstablishedOn ? r.EstablishedOn : day);
    }
}

public sealed record SegmentSummary(Guid SegmentId, string Name, string Status, Motivation Objective, DateOnly DefinedOn, int ActiveRelationships, int Relationships)
{
    public static SegmentSummary Of(SegmentPortfolio s, DateOnly today) => new(
        s.Id, s.Name, s.IsDiscontinuedOn(today) ? "discontinued" : today < s.DefinedOn ? "planned" : "active",
        s.ObjectiveOn(today < s.DefinedOn ? s.DefinedOn : today), s.DefinedOn,
        s.Relationships.Count(r => r.IsActiveOn(today)), s.Relationships.Count);
}
