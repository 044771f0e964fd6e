using Inventory.Domain.Portfolio;
using Marten;

namespace Inventory.Api.Http;

/// <summary>What a portfolio command answers: the segment's new version (also the ETag), and the relationship it made.</summary>
public sealed record CommandAnswer(Guid SegmentId, long Version, Guid? RelationshipId = null);

public static class PortfolioWrites
{
    public static Task<IResult> ChangeAsync(
        IDocumentSession session, HttpContext http, Guid segmentId, object request,
        Func<SegmentPortfolio, IEnumerable<IPortfolioEvent>> decide, Guid? relationshipId = null, bool creates = false) =>
        StreamWrites.ChangeAsync<SegmentPortfolio>(session, http, segmentId, request, "Segment", decide,
            version => new CommandAnswer(segmentId, version, relationshipId),
            creates ? 201 : 200,
            creates && relationshipId is { } rid ? $"/api/segments/{segmentId}/relationships/{rid}" : null);

    public static IResult Answer(IDocumentSession session, HttpContext http, string? key, string fingerprint, CommandAnswer answer, int status, string? location) =>
        StreamWrites.Answer(session, http, key, fingerprint, answer, answer.Version, status, location);
}
