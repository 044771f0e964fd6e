using Inventory.Api.Cli;

namespace Inventory.Api.Tests.Cli;

/// <summary>The frameworks' command output reaches the console without Spectre markup written as text.</summary>
public class MarkupFreeWriterTests
{
    [Fact]
    public void a_line_with_markup_is_written_plain_and_other_lines_as_they_are()
    {
        var console = new StringWriter { NewLine = "\n" };
        var writer = new MarkupFreeWriter(console);
        writer.Write("[purple]Finished rebuild in ");
        writer.WriteLine("00:00:03.21[/]");
        writer.WriteLine("[green]Finished rebuilding [bold]AuditTrail[/][/]");
        writer.WriteLine("Shard AuditTrail:All [1 of 1] is up to date");
        writer.WriteLine("Unbalanced ] text [/]");
        writer.Flush();

        console.ToString().ShouldBe("Finished rebuild in 00:00:03.21\nFinished rebuilding AuditTrail\nShard AuditTrail:All [1 of 1] is up to date\nUnbalanced ] text [/]\n");
    }
}
