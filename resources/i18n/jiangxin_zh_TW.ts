<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="35"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="36"/>
        <source>&amp;Next Essay</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="37"/>
        <source>&amp;Previous Essay</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="38"/>
        <source>&amp;Larger Text</source>
        <translation>放大字型(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="39"/>
        <source>&amp;Smaller Text</source>
        <translation>縮小字型(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="40"/>
        <source>&amp;Default Text Size</source>
        <translation>預設字號(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="41"/>
        <source>Next Script &amp;Form</source>
        <translation>切換文字形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="47"/>
        <location filename="../../app/ui/actions.py" line="50"/>
        <source>Follow &amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="48"/>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="49"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="55"/>
        <source>Show &amp;Library</source>
        <translation>顯示文庫(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="56"/>
        <source>&amp;Full Screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="57"/>
        <source>&amp;About Jiangxin Reader</source>
        <translation>關於匠心閱讀(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>This language is not available.</source>
        <translation>此語言暫不可用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>Your changes could not be saved: {reason}</source>
        <translation>無法儲存你的變更：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223"/>
        <source>&lt;h3&gt;Jiangxin Reader {version}&lt;/h3&gt;&lt;p&gt;Read Chinese essays together, each in the script you prefer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;匠心閱讀 {version}&lt;/h3&gt;&lt;p&gt;一起讀中文文章，各用自己習慣的文字形式。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>About Jiangxin Reader</source>
        <translation>關於匠心閱讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233"/>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234"/>
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235"/>
        <source>&amp;Script</source>
        <translation>文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238"/>
        <source>Toolbar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>Script:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240"/>
        <source>The script the essays are shown in (Ctrl+1 to Ctrl+5)</source>
        <translation>文章顯示所用的文字形式（Ctrl+1 至 Ctrl+5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>Jiangxin Reader</source>
        <translation>匠心閱讀</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <source>{chars} characters · about {minutes} min · {percent}% read</source>
        <translation>{chars} 字 · 約 {minutes} 分鐘 · 已讀 {percent}%</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/application.py" line="73"/>
        <source>Jiangxin Reader</source>
        <translation>匠心閱讀</translation>
    </message>
</context>
</TS>
