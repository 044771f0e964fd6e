namespace Inventory.Domain.Portfolio;

/// <summary>An imported file's changes to one relationship, recorded as one event; it means the same as its changes, in order.</summary>
public interface IImportedChanges : IRelationshipEvent
{
    string FileName { get; }
    string Sha256 { get; }
    IEnumerable<IRelationshipEvent> Changes();
}
