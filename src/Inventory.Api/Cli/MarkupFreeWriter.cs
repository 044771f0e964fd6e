using System.Text;

namespace Inventory.Api.Cli;

/// <summary>
/// Console output of the frameworks' commands without Spectre.Console markup: some lines (e.g. <c>[purple]Finished
/// rebuild in …[/]</c>) are written as plain text with their markup, which a user should not see. Each line holding a
/// closing tag has its markup removed; any other line passes as written.
/// </summary>
public sealed class MarkupFreeWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_line)
        {
            if (value == '\n')
            {
                inner.WriteLine(Plain(_line.ToString().TrimEnd('\r')));
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        foreach (var c in value) Write(c);
    }

    public override void Flush()
    {
        lock (_line)
        {
            if (_line.Length > 0)
            {
                inner.Write(Plain(_line.ToString()));
                _line.Clear();
            }

            inner.Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }

    /// <summary>The line without its markup; a line that is not valid markup after all is kept as written.</summary>
    public static string Plain(string line)
    {
        if (!line.Contains("[/]", StringComparison.Ordinal)) return line;
        try
        {
            return Spectre.Console.Markup.Remove(line);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return line;
        }
    }
}
