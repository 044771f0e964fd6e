namespace Inventory.Domain.Portfolio.Decisions;

public sealed record ReinstateSegment(DateOnly EffectiveDate, string? Reason)
{
    public SegmentReinstated Decide(SegmentPortfolio segment)
    {
        var discontinuation = segment.Discontinuation;
        Rules.Require(discontinuation is not null, "segmentId", "the segment is not discontinued");
        Rules.NotBefore(EffectiveDate, discontinuation!.EffectiveDate, "the segment was discontinued");
        return new SegmentReinstated(segment.Id, EffectiveDate, Rules.Text(Reason, "reason") ?? "");
    }
}
