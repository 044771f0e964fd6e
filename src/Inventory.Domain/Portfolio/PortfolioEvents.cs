using Inventory.Domain.Figures;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio;

// The events of a segment's portfolio stream. Facts only, each with its business (effective) date;
// the store records who and when. Never edited: a correction is a new event.

public interface IPortfolioEvent
{
    Guid SegmentId { get; }
}

/// <summary>An event about one relationship of the segment.</summary>
public interface IRelationshipEvent : IPortfolioEvent
{
    Guid RelationshipId { get; }
}

public sealed record SegmentDefined(
    Guid SegmentId,
    string Name,
    string? Description,
    Motivation Motivation,
    DateOnly EffectiveDate) : IPortfolioEvent;

public sealed record SegmentObjectiveChanged(
    Guid SegmentId,
    Motivation Motivation,
    string Rationale,
    DateOnly EffectiveDate) : IPortfolioEvent;

public sealed record ExpectationRecorded(
    Guid SegmentId,
    RelationshipType Type,
    int Importance,
    DateOnly EffectiveDate) : IPortfolioEvent;

public sealed record ExpectationWithdrawn(
    Guid SegmentId,
    RelationshipType Type,
    DateOnly EffectiveDate,
    string? Reason) : IPortfolioEvent;

public sealed record RelationshipEstablished(
    Guid SegmentId,
    Guid RelationshipId,
    RelationshipType Type,
    string Name,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<Motivation> Motivations,
    Horizon Horizon,
    string? Owner,
    string? Provider,
    decimal MonthlyFixedCost,
    decimal CostPerInteraction,
    string Currency,
    DateOnly EffectiveDate) : IRelationshipEvent;

/// <summary>Changed attributes of a relationship; a null attribute is unchanged.</summary>
public sealed record RelationshipAdjusted(
    Guid SegmentId,
    Guid RelationshipId,
    IReadOnlyList<Channel>? Channels,
    IReadOnlyList<Phase>? Phases,
    IReadOnlyList<Motivation>? Motivations,
    Horizon? Horizon,
    string? Owner,
    string? Provider,
    DateOnly EffectiveDate,
    string? Reason) : IRelationshipEvent;

public sealed record IntegrationLinked(
    Guid SegmentId,
    Guid RelationshipId,
    CanvasBlock Block,
    string Note,
    DateOnly EffectiveDate) : IRelationshipEvent;

public sealed record CostRevised(
    Guid SegmentId,
    Guid RelationshipId,
    decimal MonthlyFixedCost,
    decimal CostPerInteraction,
    DateOnly EffectiveDate,
    string Reason) : IRelationshipEvent;

/// <summary>A month's usage; recording the same month again replaces the figure.</summary>
public sealed record UsageRecorded(
    Guid SegmentId,
    Guid RelationshipId,
    YearMonth Month,
    long Interactions,
    long CustomersReached) : IRelationshipEvent;

/// <summary>A month's satisfaction survey result; recording the same month again replaces it.</summary>
public sealed record SatisfactionRecorded(
    Guid SegmentId,
    Guid RelationshipId,
    YearMonth Month,
    decimal Score,
    long Responses) : IRelationshipEvent;

/// <summary>The relationship is active up to, not including, the effective date.</summary>
public sealed record RelationshipRetired(
    Guid SegmentId,
    Guid RelationshipId,
    DateOnly EffectiveDate,
    string Reason) : IRelationshipEvent;

/// <summary>The segment is no longer served from the effective date; each of its active relationships is retired by its own event.</summary>
public sealed record SegmentDiscontinued(
    Guid SegmentId,
    DateOnly EffectiveDate,
    string Reason) : IPortfolioEvent;

public sealed record SegmentReinstated(
    Guid SegmentId,
    DateOnly EffectiveDate,
    string Reason) : IPortfolioEvent;

/// <summary>What the segment brought in during a calendar month; recording the same month again replaces all four figures.</summary>
public sealed record SegmentOutcomeRecorded(
    Guid SegmentId,
    YearMonth Month,
    decimal Revenue,
    int NewCustomers,
    int LostCustomers,
    int ActiveCustomers) : IPortfolioEvent;
