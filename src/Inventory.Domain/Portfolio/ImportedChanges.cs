namespace Inventory.Domain.Portfolio;

/// <summary>
/// An imported file's changes to one relationship (or to the segment itself, for outcomes), recorded as one event; it
/// means the same as its changes, in order.
/// </summary>
public interface IImportedChanges : IPortfolioEvent
{
    string FileName { get; }
    string Sha256 { get; }
    IEnumerable<IPortfolioEvent> Changes();
}
