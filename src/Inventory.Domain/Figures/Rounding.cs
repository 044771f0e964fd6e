namespace Inventory.Domain.Figures;

/// <summary>Output rounding (docs/figures.md): half away from zero, money to 2 decimals, shares and rates to 4.</summary>
public static class Rounding
{
    public static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
    public static decimal? Money(decimal? value) => value is { } v ? Money(v) : null;
    public static decimal Rate(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
    public static decimal? Rate(decimal? value) => value is { } v ? Rate(v) : null;

    /// <summary>numerator / denominator, or null when the denominator is 0.</summary>
    public static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0 ? null : numerator / denominator;
}
