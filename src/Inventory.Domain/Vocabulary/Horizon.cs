namespace Inventory.Domain.Vocabulary;

public enum Horizon
{
    Transactional,
    LongTerm,
}
