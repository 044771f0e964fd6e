namespace Inventory.Domain.Vocabulary;

/// <summary>What the cost-benefit report points out about a segment in a quarter (docs/figures.md, "Cost-benefit").</summary>
public enum CostBenefitFlag
{
    /// <summary>The quarter has an outcome and its relationships cost more than the segment brought in.</summary>
    CostExceedsRevenue,
    /// <summary>Less than half of the relationships' cost serves the segment's objective.</summary>
    Misaligned,
    /// <summary>The acquisition cost per new customer rose above the previous quarter's by more than the threshold.</summary>
    AcquisitionCostRising,
}
