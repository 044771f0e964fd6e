using Inventory.Domain.Portfolio;

namespace Inventory.Api.Writes;

/// <summary>What a portfolio command answers: the segment's new version (also the ETag), and the relationship it made.</summary>
public sealed record CommandAnswer(Guid SegmentId, long Version, Guid? RelationshipId = null);

public static class PortfolioWrites
{
    /// <summary>A command on one segment: the events <paramref name="decide"/> returns of its latest portfolio.</summary>
    public static Task<IResult> ChangeSegmentAsync(this WritePath writes, HttpContext http, Guid segmentId, object request,
        Func<SegmentPortfolio, WriteContext, IEnumerable<IPortfolioEvent>> decide, Guid? relationshipId = null, bool creates = false) =>
        writes.ChangeAsync<SegmentPortfolio>(http, request, new StreamRef(segmentId, "Segment"),
            (segment, context) => decide(segment, context).ToArray<object>(),
            version => new CommandAnswer(segmentId, version, relationshipId),
            creates ? 201 : 200,
            creates && relationshipId is { } rid ? $"/api/segments/{segmentId}/relationships/{rid}" : null);
}
