<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountEditDialog</name>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="6"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="11"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="12"/>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="13"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="14"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="15"/>
        <source>https://cdn.ap-guangzhou.tencentcloudapi.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="16"/>
        <source>Secret&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="17"/>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="18"/>
        <source>Secret&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="19"/>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="20"/>
        <source>&amp;Temporary credentials (with a token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="21"/>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="22"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="23"/>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountEditDialog.ui" line="29"/>
        <source>The SecretKey and Token are kept only in the operating system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="6"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="12"/>
        <source>Saved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="22"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="23"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="24"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="25"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="26"/>
        <source>Import from &amp;environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountsDialog.ui" line="27"/>
        <source>Import from t&amp;ccli…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/api/ApiError.cpp" line="56"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="81"/>
        <source>Check the SecretId of this account: it is unknown or disabled (look for stray spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="83"/>
        <source>Check the SecretKey of this account: the signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="85"/>
        <source>The computer&apos;s clock is more than 5 minutes off; correct the system time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="87"/>
        <source>The temporary credentials&apos; token is invalid or expired; get new temporary credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="90"/>
        <source>This key is not allowed to do this; ask the account&apos;s administrator for the CDN permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="94"/>
        <source>The service is rate limiting; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="96"/>
        <source>The domain is still deploying an earlier change; try again when it is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="98"/>
        <source>The domain does not exist in this account; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="100"/>
        <source>The domain is locked (read-only); it cannot be changed until the lock is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="102"/>
        <source>The service refused a value; correct it and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="112"/>
        <source>The CDN API refused the request: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="117"/>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="121"/>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="123"/>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiError.cpp" line="125"/>
        <source>The CDN API could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyStatusPanel</name>
    <message>
        <location filename="../ui/ApplyStatusPanel.ui" line="21"/>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplyStatusPanel.ui" line="38"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ApplyStatusPanel.ui" line="50"/>
        <source>&amp;Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="104"/>
        <location filename="../src/cli/CliCommands.cpp" line="298"/>
        <location filename="../src/cli/CliCommands.cpp" line="339"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="128"/>
        <source>error: unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="139"/>
        <source>error: --filter takes NAME=VALUE[,VALUE...], e.g. status=online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="175"/>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="175"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="175"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="175"/>
        <source>PROTOCOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="176"/>
        <source>MASTERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="176"/>
        <source>SLAVES</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliCommands.cpp" line="184"/>
        <source>%n domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="206"/>
        <source>The domain %1 is not in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="224"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="225"/>
        <source>CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="226"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="227"/>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="228"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="229"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="230"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="231"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="232"/>
        <source>Origin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="234"/>
        <source>Master origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="235"/>
        <source>Origin-pull protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="236"/>
        <source>Origin host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="238"/>
        <source>COS private access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="239"/>
        <source>Hot slave origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="239"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="241"/>
        <source>Slave host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="249"/>
        <source>Dry run: %1 to %2 is not sent. Request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="263"/>
        <source>(RequestId %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="271"/>
        <source>Starting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="271"/>
        <source>Stopping %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="323"/>
        <source>error: add-slave needs --slaves ADDRESS[,ADDRESS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="331"/>
        <source>error: %1 has no hot slave origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="348"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="348"/>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="350"/>
        <source>Nothing was sent: the change breaks the rules above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="355"/>
        <source>note: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="356"/>
        <source>Nothing was sent: this change loses the above. Run again with --yes to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="361"/>
        <source>Nothing to change on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="365"/>
        <source>Updated the origin of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="78"/>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="84"/>
        <source>Plain http:// is allowed only for the local sandbox (a loopback address); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="88"/>
        <source>The endpoint must be an https:// URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="95"/>
        <source>China site (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/Endpoint.cpp" line="97"/>
        <source>International site (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="12"/>
        <source>Origin server entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="24"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="25"/>
        <source>Add an origin server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="30"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="31"/>
        <source>Remove the selected origin server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="36"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EntriesEditor.ui" line="41"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failover</name>
    <message>
        <location filename="../src/core/Failover.cpp" line="33"/>
        <source>The master answered %1; its answer is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="37"/>
        <source>The master failed and there is no hot slave origin; the error is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="46"/>
        <source>The master answered %1; the request is retried on the hot slave origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="50"/>
        <source>The TCP connection to the master failed; the request is retried on the hot slave origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="53"/>
        <source>The master timed out; the request is retried on the hot slave origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="62"/>
        <source>Every back-to-origin request goes to the master origin. There is no hot slave origin: if the master fails, the error reaches the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/Failover.cpp" line="65"/>
        <source>Every back-to-origin request goes to the master origin (%1, Host: %2) first. If the master answers 4XX or 5XX, times out, or the TCP connection fails, the request is retried on the hot slave origin (%3, Host: %4). 2XX and 3XX answers are returned as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>OriginDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="13"/>
        <location filename="../ui/MainWindow.ui" line="14"/>
        <source>Domain Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="19"/>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="20"/>
        <source>Connected to the built-in local sandbox, not to Tencent Cloud. Changes here affect no real domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="21"/>
        <source>Sandbox account: not production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31"/>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="37"/>
        <source>Current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43"/>
        <source>Acco&amp;unts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="54"/>
        <source>You are working on the built-in Sandbox: nothing here touches a real domain. Add your Tencent Cloud account to manage your own domains; its key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="61"/>
        <source>Add &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>Search domain or origin (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="73"/>
        <source>Search domains and origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="79"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="84"/>
        <source>Filter by origin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>Has hot slave &amp;origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="99"/>
        <source>&amp;Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="104"/>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="105"/>
        <source>Start the selected domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="111"/>
        <source>Stop the selected domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="116"/>
        <location filename="../ui/MainWindow.ui" line="160"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="117"/>
        <source>Reload the domain list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="131"/>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="146"/>
        <source>&amp;Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="161"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="164"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="165"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="168"/>
        <source>&amp;Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="171"/>
        <source>S&amp;tart Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="174"/>
        <source>Sto&amp;p Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="177"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="178"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageDialog</name>
    <message>
        <location filename="../ui/ManageDialog.ui" line="6"/>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="20"/>
        <source>Basic Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="30"/>
        <source>Basic Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="32"/>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="34"/>
        <source>CNAME:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="36"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="38"/>
        <source>Acceleration region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="40"/>
        <source>Service type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="42"/>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="44"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="46"/>
        <source>Last update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="61"/>
        <source>Advanced Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="65"/>
        <source>The rest of the domain&apos;s configuration, read-only. OriginDesk sends it back unchanged with every origin change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ManageDialog.ui" line="72"/>
        <source>Advanced configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginEditorDialog</name>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="6"/>
        <source>Modify Origin Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="10"/>
        <source>Origin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="14"/>
        <source>&amp;Own origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="20"/>
        <source>&amp;COS origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="45"/>
        <source>Master origin servers (IPs or a domain, port optional, weight 1-100 for IPv4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="58"/>
        <source>&amp;Bucket domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="64"/>
        <source>bucket-1250000000.cos.ap-guangzhou.myqcloud.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="65"/>
        <source>COS bucket domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="70"/>
        <source>&amp;Private bucket access (CDN must be authorized on the bucket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="86"/>
        <source>Origin-pull &amp;protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="92"/>
        <source>Origin-pull protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="102"/>
        <source>Origin &amp;host header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginEditorDialog.ui" line="108"/>
        <source>Origin host header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginEntry</name>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="124"/>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="129"/>
        <source>Write the address without a scheme or path (for example origin.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="139"/>
        <source>The IPv6 address has no closing bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="147"/>
        <source>Unexpected text after the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="154"/>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="168"/>
        <source>Too many &quot;:&quot; in &quot;%1&quot;; write address:port:weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="175"/>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="180"/>
        <source>The weight after the second &quot;:&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="186"/>
        <source>The weight &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="190"/>
        <source>The port after &quot;:&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginEntry.cpp" line="197"/>
        <source>&quot;%1&quot; is not an IP address or a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginOps</name>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="11"/>
        <source>Own origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="13"/>
        <source>COS origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="15"/>
        <source>Third-party storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="19"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="34"/>
        <source>This origin type (%1) is edited in the Tencent Cloud console only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="43"/>
        <source>The hot slave origins are removed: only own origins can have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="50"/>
        <source>The master origins are replaced by the %1 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="54"/>
        <source>COS private access is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="71"/>
        <source>Only an own origin has hot slave origins to switch with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="78"/>
        <source>There is no hot slave origin to switch with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginOps.cpp" line="92"/>
        <source>Slave origins take no weight: the weights of the current masters are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginPanel</name>
    <message>
        <location filename="../ui/OriginPanel.ui" line="10"/>
        <source>Origin Server Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="26"/>
        <source>&amp;Modify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="27"/>
        <source>Modify the origin server configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="35"/>
        <source>Origin type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="43"/>
        <source>Master origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="47"/>
        <source>Master origin servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="55"/>
        <source>Origin-pull protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="61"/>
        <source>Origin host header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="69"/>
        <source>COS private access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="81"/>
        <source>Hot Slave Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="85"/>
        <source>HTTPS back-to-origin is not supported by slave origin servers. Do not choose HTTPS back-to-origin for a domain with hot slave origin servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="87"/>
        <source>Warning: slave origins do not support HTTPS back-to-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="92"/>
        <source>Hot slave origin servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="107"/>
        <source>How failover works for this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="114"/>
        <source>&amp;Add hot slave origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="119"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="120"/>
        <source>Edit the hot slave origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="125"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="126"/>
        <source>Delete the hot slave origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OriginPanel.ui" line="131"/>
        <source>&amp;Switch master/slave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginRules</name>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="78"/>
        <source>Port %1 of %2 is out of range: use 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="84"/>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="88"/>
        <source>The origin cannot be the acceleration domain %1 itself: requests would loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="94"/>
        <source>The address list is %1 characters long; the API accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="105"/>
        <source>Enter the COS bucket domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="106"/>
        <source>Enter at least one master origin server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="118"/>
        <source>Weight %1 of %2 is out of range: use 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="122"/>
        <source>%1 has a weight, but weights are only for IPv4 addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="126"/>
        <source>Give every master origin a weight, or none of them (%1 of %2 have one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="132"/>
        <source>A COS origin is exactly one bucket domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="137"/>
        <source>%1 is not a COS bucket domain (like bucket-1250000000.cos.ap-guangzhou.myqcloud.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="146"/>
        <source>%1 looks like a COS bucket: choose COS origin to use the bucket&apos;s private access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="161"/>
        <source>Hot slave origins can only be added when the master is an own origin (not COS or third-party storage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="168"/>
        <source>Hot slave origins are not supported behind an IPv6 master origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="177"/>
        <source>%1 is a COS bucket; hot slave origins must be own origins (a domain or IPs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="182"/>
        <source>Hot slave origins take no weight; remove the weight of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="189"/>
        <source>%1 is also a master origin, so failing over to it does not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="194"/>
        <source>Hot slave origins are one domain or a list of IPs, not %1 domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="198"/>
        <source>Hot slave origins are either one domain or IP addresses; this mix cannot be sent as a slave origin type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="209"/>
        <source>Enter the origin host header: COS and third-party storage origins need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="213"/>
        <source>Choose the storage vendor of the third-party origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="216"/>
        <source>Unknown storage vendor &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="222"/>
        <source>COS private access is &quot;on&quot; or &quot;off&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="225"/>
        <source>COS private access applies only to a COS origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="234"/>
        <source>The origin-pull protocol is http, https or follow, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="241"/>
        <source>Hot slave origins do not support HTTPS back-to-origin. Choose HTTP or Follow, or remove the slave origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/OriginRules.cpp" line="245"/>
        <source>With Follow, requests that arrive over HTTPS are pulled over HTTPS, which hot slave origins do not support: those requests cannot fail over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaveEditorDialog</name>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="6"/>
        <source>Hot Slave Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="10"/>
        <source>HTTPS back-to-origin is not supported by slave origin servers. Do not choose HTTPS back-to-origin for a domain with hot slave origin servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="12"/>
        <source>Warning: slave origins do not support HTTPS back-to-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="17"/>
        <source>When a back-to-origin request to the master origin fails (4XX or 5XX, a timeout or a TCP connection error), it is retried on the hot slave origin. Slave origins are own origins: one domain, or IP addresses with optional ports, without weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="34"/>
        <source>Slave &amp;host header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SlaveEditorDialog.ui" line="40"/>
        <source>Slave origin host header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TccliImportDialog</name>
    <message>
        <location filename="../ui/TccliImportDialog.ui" line="6"/>
        <source>Import from tccli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TccliImportDialog.ui" line="10"/>
        <source>Choose the tccli profiles to import. Their keys move into the keychain; afterwards you can remove the plain-text key from tccli&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TccliImportDialog.ui" line="16"/>
        <source>tccli profiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="24"/>
        <source>Desktop console for the origin servers of CDN domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="28"/>
        <source>Open Manage for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="61"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="23"/>
        <source>Manage the origin servers of Tencent Cloud CDN domains from a terminal.

Commands:
  domains list [--filter NAME=VALUE[,VALUE]]... [--fuzzy]
  domain show DOMAIN
  domain start DOMAIN | domain stop DOMAIN
  origin set DOMAIN [--origins ADDR[,ADDR]] [--cos BUCKET-DOMAIN] [--host HOST]
                    [--protocol http|https|follow] [--private-access on|off]
  origin add-slave DOMAIN --slaves ADDR[,ADDR] [--slave-host HOST]
  origin remove-slave DOMAIN
  origin swap DOMAIN [--yes]
  origin export DOMAIN          the exact UpdateDomainConfig request body

Addresses are written as the API writes them: 1.1.1.1:80:10, 2.2.2.2::20, origin.example.com,
[2001:db8::1]:8080. Credentials come from TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and
TENCENTCLOUD_TOKEN, or from an account saved in OriginDesk (--account NAME; its key is read from
the OS keychain). Exit codes: 0 done, 1 the API or network failed, 2 usage or configuration,
3 refused by the origin rules (nothing sent), 4 needs --yes (nothing sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="44"/>
        <source>See above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="46"/>
        <source>china (default), intl, or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="48"/>
        <source>Use this saved OriginDesk account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="50"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="52"/>
        <source>Print the change request (secrets masked) and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="54"/>
        <source>Apply a change that drops something (e.g. weights on swap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="56"/>
        <source>Language of API messages: en-US or zh-CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="58"/>
        <source>Seconds to wait for each request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="60"/>
        <source>domains list: NAME=VALUE[,VALUE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="63"/>
        <source>domains list: domain/origin filters match parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="64"/>
        <source>origin set: master origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="67"/>
        <source>origin set: switch to this COS bucket domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="69"/>
        <source>origin set: origin host header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="71"/>
        <source>origin set: origin-pull protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="74"/>
        <source>origin set: COS private access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="75"/>
        <source>add-slave: hot slave origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="77"/>
        <source>add-slave: slave host header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="89"/>
        <source>error: --language is en-US or zh-CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="98"/>
        <source>error: there is no saved account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="104"/>
        <source>error: the temporary credentials of &quot;%1&quot; expired at %2; get new ones before sending requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="112"/>
        <source>error: the Sandbox account lives inside the app; run origindesk-sandbox and pass --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="128"/>
        <location filename="../src/cli/main.cpp" line="149"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="142"/>
        <source>error: no credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or use --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::Account</name>
    <message>
        <location filename="../src/credentials/Account.cpp" line="18"/>
        <source>China site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/credentials/Account.cpp" line="20"/>
        <source>International site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/credentials/Account.cpp" line="22"/>
        <source>Custom endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/credentials/Account.cpp" line="26"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::AccountEditDialog</name>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="21"/>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="21"/>
        <source>Edit Account – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="32"/>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="59"/>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="60"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="61"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="68"/>
        <source>Enter the SecretId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="70"/>
        <source>Enter the SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="73"/>
        <source>Temporary credentials need their token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="111"/>
        <source>Storing the key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="116"/>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountEditDialog.cpp" line="117"/>
        <source>Keep the key in memory for this run only? It is not written anywhere and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::AccountsDialog</name>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="29"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="55"/>
        <source>Permanent key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="57"/>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="60"/>
        <source>Temporary, expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AccountsDialog.cpp" line="62"/>
        <source>Temporary, %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AccountsDialog.cpp" line="63"/>
        <source>Temporary, %n hour(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="118"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="132"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="133"/>
        <source>Remove %1 and delete its key from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="139"/>
        <source>Removed %1 and its keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="140"/>
        <source>Removed %1, but its keychain entry could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="153"/>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/AccountsDialog.cpp" line="166"/>
        <source>Connected to %1: the account has %n domain(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="181"/>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not both set in OriginDesk&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="186"/>
        <location filename="../src/gui/AccountsDialog.cpp" line="187"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="186"/>
        <source>Environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="219"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="224"/>
        <source>Imported %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="230"/>
        <source>Remove the plain-text key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="231"/>
        <source>%1 is now in the keychain. Remove its secretKey from %2? tccli will then need the key from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="239"/>
        <source>The key could not be removed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/AccountsDialog.cpp" line="242"/>
        <source>Imported %1; its plain-text key was removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ApiCall</name>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="40"/>
        <source>No credentials: add an account with a SecretId and SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="43"/>
        <source>The temporary credentials expired at %1; get new ones before sending requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="127"/>
        <source>the answer is larger than %1 MB, the most the API sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="130"/>
        <source>no answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="143"/>
        <source>the connection to %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="145"/>
        <source>the server closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="153"/>
        <source>the TLS certificate of %1 could not be verified (%2). The request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="159"/>
        <source>the host %1 was not found; check the endpoint and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="169"/>
        <source>an HTML page, not an API answer (a proxy or gateway in between?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="187"/>
        <source>an HTML page, not an API answer (a proxy or captive portal in between?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="192"/>
        <source>the answer is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="198"/>
        <source>the answer is cut short (truncated JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="199"/>
        <source>the answer is not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="203"/>
        <source>the answer has no &quot;Response&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/ApiCall.cpp" line="211"/>
        <source>the answer reports an error without a code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ApplyStatusPanel</name>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="38"/>
        <source>The change was not applied. Your edit is kept: correct it and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="39"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="39"/>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="44"/>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="46"/>
        <source>Code: %1
Message: %2
RequestId: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ApplyStatusPanel.cpp" line="49"/>
        <source>The change was not applied. Your edit is kept: apply again when the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::CdnClient</name>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="131"/>
        <source>the answer has no list of domains (&quot;Domains&quot; is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="132"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="136"/>
        <source>&quot;Domains&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="141"/>
        <source>&quot;TotalNumber&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/api/CdnClient.cpp" line="149"/>
        <source>an entry of &quot;Domains&quot; is not a domain object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::DomainListModel</name>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="28"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="30"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="32"/>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="34"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="36"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="48"/>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="50"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="51"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="97"/>
        <source>Manage %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="125"/>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="156"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="158"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="160"/>
        <source>Origin type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="162"/>
        <source>Master origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="164"/>
        <source>Hot slave origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="166"/>
        <source>Origin-pull protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="168"/>
        <source>CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="170"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="172"/>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/DomainListModel.cpp" line="174"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::EntriesEditor</name>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="31"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="31"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="31"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/EntriesEditor.cpp" line="36"/>
        <source>An IPv4 or IPv6 address or a domain; the port is optional (1-65535); weights 1-100 apply to IPv4 addresses, to all of them or to none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="56"/>
        <source>Pages %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="62"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="66"/>
        <source>All origin types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="165"/>
        <source>Sandbox (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="190"/>
        <source>Reading the key of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="197"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="201"/>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="202"/>
        <source>Enter the SecretKey of %1 for this run only? It stays in memory and is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="207"/>
        <source>SecretKey for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="208"/>
        <source>SecretKey of %1 (SecretId %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="213"/>
        <source>Token for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="213"/>
        <source>Token of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="255"/>
        <source>Account: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="289"/>
        <source>Loading domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="304"/>
        <source>The domain list could not be loaded completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="311"/>
        <source>%1 is not a domain of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="331"/>
        <source>Loading… %n domain(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="333"/>
        <source>%n domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="335"/>
        <source>%1 of %n domain(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="403"/>
        <source>Start %1? The CDN will serve it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="404"/>
        <source>Stop %1? While it is stopped, edge nodes answer 404 for every request to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="405"/>
        <source>Start domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="405"/>
        <source>Stop domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="409"/>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="409"/>
        <source>Stopping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="413"/>
        <source>%1 could not be %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="414"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="414"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="418"/>
        <source>%1 is starting (RequestId %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="419"/>
        <source>%1 is stopping (RequestId %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::ManageDialog</name>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="60"/>
        <source>Reading the configuration of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="70"/>
        <source>Showing the list&apos;s copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="78"/>
        <source>Manage – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="121"/>
        <source>Delete hot slave origins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="122"/>
        <source>Delete the hot slave origins of %1? Failed back-to-origin requests will no longer be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="130"/>
        <source>Deleting the hot slave origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="137"/>
        <location filename="../src/gui/ManageDialog.cpp" line="148"/>
        <source>Switch master/slave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="149"/>
        <source>The switch would leave %1 with an invalid origin, so it was not applied. Use Modify to change the origins instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="159"/>
        <source>Switch master/slave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="160"/>
        <source>Switching master and slave of %1 loses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ManageDialog.cpp" line="164"/>
        <source>Switching master and slave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OriginApplier</name>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="38"/>
        <source>The domain %1 is no longer in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="48"/>
        <source>Sending the change to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="64"/>
        <source>Reading %1 back to verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginApplier.cpp" line="79"/>
        <source>the change was accepted (RequestId %1), but %2 reads back with a different origin. Refresh and check the domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OriginEditDialogBase</name>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="63"/>
        <source>Correct the errors shown before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="64"/>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="78"/>
        <source>Apply with warnings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditDialogBase.cpp" line="79"/>
        <source>The change to %1 has warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OriginEditorDialog</name>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="18"/>
        <source>Modify Origin Server – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="21"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="22"/>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="23"/>
        <source>Follow (same as the request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="32"/>
        <source>Hot slave origins do not support HTTPS back-to-origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="35"/>
        <source>HTTPS is unavailable: this domain has hot slave origins, which do not support HTTPS back-to-origin. Remove them first to choose HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="40"/>
        <source>%1 (the acceleration domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="55"/>
        <source>This domain uses %1 (%2), which is edited in the Tencent Cloud console; only the protocol and host header can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="95"/>
        <source>Switch to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="96"/>
        <source>Switching %1 to %2 removes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginEditorDialog.cpp" line="124"/>
        <source>Applying this switch:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::OriginPanel</name>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="27"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="46"/>
        <location filename="../src/gui/OriginPanel.cpp" line="49"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="46"/>
        <location filename="../src/gui/OriginPanel.cpp" line="49"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="46"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="74"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="80"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="81"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="82"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/OriginPanel.cpp" line="90"/>
        <source>Slave host header: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::SecretStore</name>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="41"/>
        <source>The keychain holds no SecretKey for this account. Enter it again (Accounts → Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="47"/>
        <source>The keychain refused access (%1). Unlock it and allow OriginDesk, or keep the key for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="54"/>
        <source>No keyring service is running (%1). Start one (on Linux: gnome-keyring or KWallet with the Secret Service), or keep the key for this run only; OriginDesk never writes it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/credentials/SecretStore.cpp" line="61"/>
        <source>The keychain could not be used (%1). Check that it is running and unlocked, or keep the key for this run only; OriginDesk never writes it to a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::SlaveEditorDialog</name>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="18"/>
        <source>Hot slave origins can only be added to a domain whose origin is an own origin (this one is a %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="22"/>
        <source>HTTPS back-to-origin is selected, which slave origins do not support. Change the origin-pull protocol to HTTP or Follow (Modify) before adding hot slave origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="27"/>
        <source>Hot slave origins are not supported behind an IPv6 master origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="38"/>
        <source>Edit Hot Slave Origins – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="39"/>
        <source>Add Hot Slave Origin – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SlaveEditorDialog.cpp" line="45"/>
        <source>%1 (the master&apos;s host header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::TccliImportDialog</name>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="19"/>
        <source>%1 – %2, SecretId %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="22"/>
        <source>, temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="28"/>
        <source>No tccli profiles were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/TccliImportDialog.cpp" line="32"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>od::Workspace</name>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="25"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="33"/>
        <source>The sandbox state %1 cannot be read (%2). Move it away to start with fresh demo domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="42"/>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="51"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/Workspace.cpp" line="74"/>
        <source>The temporary credentials of %1 expired at %2. Edit the account with new ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
