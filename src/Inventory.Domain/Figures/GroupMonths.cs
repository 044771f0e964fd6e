namespace Inventory.Domain.Figures;

/// <summary>Adds up a group's three months of a quarter before they are turned into quarter figures.</summary>
public sealed class GroupMonths
{
    private readonly MonthFigures[] _months = new MonthFigures[3];

    private QuarterFigures? _quarter;

    public void Add(int index, MonthFigures figures)
    {
        _months[index] += figures;
        _quarter = null;
    }

    public void Add(GroupMonths other)
    {
        for (var i = 0; i < 3; i++) _months[i] += other._months[i];
        _quarter = null;
    }

    public QuarterFigures Quarter => _quarter ??= MonthFigures.Quarter(_months[0], _months[1], _months[2]);
}
