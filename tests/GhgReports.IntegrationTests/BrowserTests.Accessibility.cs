using GhgReports.Cli.Local;
using OpenQA.Selenium;

namespace GhgReports.IntegrationTests;

/// <summary>The browser test's accessibility check (axe-core) and its drag and drop of a file.</summary>
public sealed partial class BrowserTests
{
    /// <summary>
    /// Runs axe-core (the npm package, pinned in package.json) in the page as it stands and fails on any serious or
    /// critical violation, naming the rule and the elements.
    /// </summary>
    private static void AssertAccessible(IWebDriver browser, string view)
    {
        var script = (IJavaScriptExecutor)browser;
        if (!(bool)script.ExecuteScript("return typeof window.axe === 'object';")!)
        {
            script.ExecuteScript(File.ReadAllText(Path.Combine(Azurite.RepositoryRoot(), "node_modules", "axe-core", "axe.min.js")));
        }
        browser.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        var found = (string)script.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })
              .then(r => done(JSON.stringify(r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => v.impact + " " + v.id + ": " + v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(", ")))))
              .catch(e => done(JSON.stringify(["axe failed: " + e])));
            """)!;
        var violations = System.Text.Json.JsonSerializer.Deserialize<string[]>(found)!;
        Assert.True(violations.Length == 0, view + ": " + string.Join("\n", violations));
    }

    /// <summary>
    /// Drops a file on an element as a browser does when a file is dragged onto it from the desktop: the file is picked
    /// up by a scratch file input (WebDriver cannot drag from outside the browser) and carried by the drag events.
    /// </summary>
    private static void Drop(IWebDriver browser, string id, string path)
    {
        var script = (IJavaScriptExecutor)browser;
        var source = (IWebElement)script.ExecuteScript("""
            const input = document.createElement("input");
            input.type = "file"; input.id = "dragSource"; input.style.display = "none";
            document.body.appendChild(input);
            return input;
            """)!;
        source.SendKeys(path);
        script.ExecuteScript("""
            const input = document.getElementById("dragSource");
            const zone = document.getElementById(arguments[0]);
            for (const type of ["dragenter", "dragover", "drop"]) {
              const event = new Event(type, { bubbles: true, cancelable: true });
              Object.defineProperty(event, "dataTransfer", { value: { files: input.files, types: ["Files"] } });
              zone.dispatchEvent(event);
            }
            input.remove();
            """, id);
    }
}
