namespace Inventory.Api.Access;

/// <summary>A company using the product: a tenant of the event store, with one currency.</summary>
public sealed class Organization
{
    public const string DefaultId = "default";

    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>ISO 4217 code; every money amount of the organization is in it.</summary>
    public string Currency { get; set; } = "EUR";
    /// <summary>Month (1–12) its fiscal year starts; 1 means calendar quarters.</summary>
    public int FiscalYearStartMonth { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
}
