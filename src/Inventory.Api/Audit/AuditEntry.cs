namespace Inventory.Api.Audit;

/// <summary>One recorded change, as the audit log lists it.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public Guid StreamId { get; set; }
    public long Version { get; set; }
    public string Stream { get; set; } = "segment";
    /// <summary>The segment the change concerns: the stream of a portfolio event, the segment a review event is about (null otherwise).</summary>
    public Guid? SegmentId { get; set; }
    /// <summary>The segment's current name, filled in when the entry is read.</summary>
    public string? SegmentName { get; set; }
    public Guid? RelationshipId { get; set; }
    /// <summary>The relationship's current name, filled in when the entry is read; null when the change is not about a relationship.</summary>
    public string? RelationshipName { get; set; }
    public string EventType { get; set; } = "";
    public DateOnly? EffectiveDate { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? User { get; set; }
    public string? CorrelationId { get; set; }
    public string? CausationId { get; set; }
    public string? Reason { get; set; }
    public string Summary { get; set; } = "";
}
