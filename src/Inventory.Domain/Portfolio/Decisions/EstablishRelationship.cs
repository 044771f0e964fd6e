using Inventory.Domain.Errors;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record EstablishRelationship(
    Guid RelationshipId,
    RelationshipType Type,
    string Name,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<Motivation> Motivations,
    Horizon Horizon,
    string? Owner,
    string? Provider,
    decimal MonthlyFixedCost,
    decimal CostPerInteraction,
    string? Currency,
    DateOnly EffectiveDate)
{
    public RelationshipEstablished Decide(SegmentPortfolio segment, string organizationCurrency)
    {
        var name = Rules.Name(Name, "name");
        var provider = Rules.Text(Provider, "provider");
        Rules.Require(Type != RelationshipType.ThirdParty || provider is not null, "provider", ErrorCodes.ProviderRequired,
            "a thirdParty relationship needs the provider that runs it");
        Rules.Money(MonthlyFixedCost, "monthlyFixedCost");
        Rules.Money(CostPerInteraction, "costPerInteraction");
        Rules.Currency(Currency, organizationCurrency);
        Rules.NotBefore(EffectiveDate, segment.DefinedOn, ErrorCodes.BeforeSegmentDefined, "the segment was defined");
        Rules.Require(!segment.IsDiscontinued, "segmentId", ErrorCodes.SegmentDiscontinued,
            $"the segment is discontinued since {segment.Discontinuation?.EffectiveDate:yyyy-MM-dd}; reinstate it before establishing relationships",
            ("since", segment.Discontinuation?.EffectiveDate));
        Rules.Require(segment.Find(RelationshipId) is null, "relationshipId", ErrorCodes.RelationshipExists, "the relationship already exists");

        return new RelationshipEstablished(segment.Id, RelationshipId, Type, name,
            Channels.Distinct().ToArray(), Phases.Distinct().ToArray(), Motivations.Distinct().ToArray(), Horizon,
            Rules.Text(Owner, "owner"), provider, MonthlyFixedCost, CostPerInteraction, organizationCurrency.ToUpperInvariant(), EffectiveDate);
    }
}
