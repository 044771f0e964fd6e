using Inventory.Domain.Errors;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record ReinstateSegment(DateOnly EffectiveDate, string? Reason)
{
    public SegmentReinstated Decide(SegmentPortfolio segment)
    {
        var discontinuation = segment.Discontinuation;
        Rules.Require(discontinuation is not null, "segmentId", ErrorCodes.NotDiscontinued, "the segment is not discontinued");
        Rules.NotBefore(EffectiveDate, discontinuation!.EffectiveDate, ErrorCodes.BeforeSegmentDiscontinued, "the segment was discontinued");
        return new SegmentReinstated(segment.Id, EffectiveDate, Rules.Text(Reason, "reason") ?? "");
    }
}
