namespace Inventory.Domain.Vocabulary;

/// <summary>What a periodic review weighs: internal factors (the first three) and external ones.</summary>
public enum EnvironmentFactor
{
    Capability,
    FinancialConstraint,
    OperationalConstraint,
    Competitor,
    IndustryMaturity,
    Regulation,
    DisruptiveTechnology,
}

public enum Impact
{
    Low,
    Medium,
    High,
}

/// <summary>What a review decides about a segment or one of its relationships.</summary>
public enum ReviewDecision
{
    Introduce,
    Expand,
    Keep,
    Reduce,
    Retire,
    DiscontinueSegment,
}

public static class EnvironmentFactors
{
    public static bool IsInternal(EnvironmentFactor factor) =>
        factor is EnvironmentFactor.Capability or EnvironmentFactor.FinancialConstraint or EnvironmentFactor.OperationalConstraint;
}
