namespace Inventory.Domain.Reports;

/// <summary>An event as the store recorded it: the fact and where it came from.</summary>
public sealed record RecordedEvent(
    Guid StreamId,
    Guid EventId,
    long Sequence,
    long Version,
    string EventType,
    DateTimeOffset RecordedAt,
    string? User,
    object Data)
{
    public Provenance Provenance => new(EventId, Sequence, Version, EventType, RecordedAt, User);
}

/// <summary>Which event a figure or a change comes from.</summary>
public sealed record Provenance(Guid EventId, long Sequence, long Version, string EventType, DateTimeOffset RecordedAt, string? User);
