using Inventory.Domain.Errors;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio.Decisions;

/// <summary>Changes descriptive attributes; a null attribute stays as it is.</summary>
public sealed record AdjustRelationship(
    Guid RelationshipId,
    IReadOnlyList<Channel>? Channels,
    IReadOnlyList<Phase>? Phases,
    IReadOnlyList<Motivation>? Motivations,
    Horizon? Horizon,
    string? Owner,
    string? Provider,
    DateOnly EffectiveDate,
    string? Reason)
{
    public RelationshipAdjusted Decide(SegmentPortfolio segment)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.NotBefore(EffectiveDate, relationship.EstablishedOn, ErrorCodes.BeforeRelationshipEstablished, "the relationship was established");
        Rules.NotRetiredOn(relationship, EffectiveDate);
        Rules.Require(Channels is not null || Phases is not null || Motivations is not null || Horizon is not null
                      || Owner is not null || Provider is not null, "channels", ErrorCodes.NothingToAdjust, "nothing to adjust: give at least one of channels, phases, motivations, horizon, owner, provider");
        Rules.Require(Provider is null || !string.IsNullOrWhiteSpace(Provider) || relationship.Type != RelationshipType.ThirdParty,
            "provider", ErrorCodes.ProviderRequired, "a thirdParty relationship can't lose its provider");

        return new RelationshipAdjusted(segment.Id, RelationshipId, Channels?.Distinct().ToArray(), Phases?.Distinct().ToArray(),
            Motivations?.Distinct().ToArray(), Horizon, Rules.Text(Owner, "owner"), Rules.Text(Provider, "provider"), EffectiveDate,
            Rules.Text(Reason, "reason"));
    }
}
