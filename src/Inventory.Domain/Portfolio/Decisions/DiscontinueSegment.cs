using Inventory.Domain.Errors;

namespace Inventory.Domain.Portfolio.Decisions;

/// <summary>Stops serving the segment: every relationship still active on the date (or later) is retired at it.</summary>
public sealed record DiscontinueSegment(DateOnly EffectiveDate, string? Reason)
{
    public IReadOnlyList<IPortfolioEvent> Decide(SegmentPortfolio segment)
    {
        Rules.Require(!segment.IsDiscontinued, "segmentId", ErrorCodes.AlreadyDiscontinued,
            $"the segment is already discontinued since {segment.Discontinuation?.EffectiveDate:yyyy-MM-dd}", ("since", segment.Discontinuation?.EffectiveDate));
        Rules.NotBefore(EffectiveDate, segment.DefinedOn, ErrorCodes.BeforeSegmentDefined, "the segment was defined");
        var reason = Rules.Text(Reason, "reason") ?? "";

        var events = new List<IPortfolioEvent> { new SegmentDiscontinued(segment.Id, EffectiveDate, reason) };
        foreach (var relationship in segment.Relationships.Where(r => r.RetiredOn is null || r.RetiredOn > EffectiveDate))
        {
            // One established after the date never becomes active: it ends on its first day.
            var end = relationship.EstablishedOn > EffectiveDate ? relationship.EstablishedOn : EffectiveDate;
            events.Add(new RelationshipRetired(segment.Id, relationship.Id, end, $"Segment discontinued: {reason}".TrimEnd(' ', ':')));
        }

        return events;
    }
}
