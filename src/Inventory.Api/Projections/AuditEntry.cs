namespace Inventory.Api.Projections;

/// <summary>One recorded change, as the audit log lists it.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public Guid StreamId { get; set; }
    public long Version { get; set; }
    public string Stream { get; set; } = "segment";
    public Guid? RelationshipId { get; set; }
    public string EventType { get; set; } = "";
    public DateOnly? EffectiveDate { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? User { get; set; }
    public string? CorrelationId { get; set; }
    public string? CausationId { get; set; }
    public string? Reason { get; set; }
    public string Summary { get; set; } = "";
}
