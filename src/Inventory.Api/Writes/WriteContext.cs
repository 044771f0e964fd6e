using Inventory.Api.Access;
using Inventory.Domain.Figures;
using Marten;

namespace Inventory.Api.Writes;

/// <summary>What a command decides with besides its streams: the organization, the instant, and the session its documents go to.</summary>
public sealed record WriteContext(IDocumentSession Session, Organization Organization, DateTimeOffset Now)
{
    public YearMonth ThisMonth => YearMonth.Of(DateOnly.FromDateTime(Now.UtcDateTime));
}

/// <summary>A stream a command writes to: its id, and what it is called when it is not found ("Segment").</summary>
public sealed record StreamRef(Guid Id, string What);
