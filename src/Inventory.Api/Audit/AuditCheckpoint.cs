namespace Inventory.Api.Audit;

/// <summary>
/// A link of an organization's audit chain: the hash of every event recorded in (<see cref="FromSequence"/>,
/// <see cref="ToSequence"/>], and a digest over them and the previous link's digest.
/// </summary>
public sealed class AuditCheckpoint
{
    public string Id { get; set; } = "";
    public int Number { get; set; }
    public long FromSequence { get; set; }
    public long ToSequence { get; set; }
    public DateTimeOffset TakenAt { get; set; }
    public string? TakenBy { get; set; }
    public string PreviousDigest { get; set; } = "";
    public string Digest { get; set; } = "";
    public List<CheckpointEvent> Events { get; set; } = [];

    public static string IdFor(int number) => $"checkpoint-{number:D8}";
}

public sealed record CheckpointEvent(long Sequence, Guid EventId, string Hash);
