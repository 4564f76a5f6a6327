@echo off
rem Runs parolekit from a clone on Windows. Builds the jar with Maven on first use.
setlocal
set "HOME_DIR=%~dp0.."
set "JAR=%HOME_DIR%\target\parolekit.jar"
if not exist "%JAR%" (
  echo parolekit: building on first use... 1>&2
  pushd "%HOME_DIR%"
  call mvn -q -B --no-transfer-progress -Dstyle.color=never -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo parolekit: the build failed; see the messages above. 1>&2
    exit /b 70
  )
  popd
)
rem Serial GC and the client compiler suit short runs on small machines (bench/README.md);
rem PAROLEKIT_JAVA_OPTS replaces these defaults.
if not defined PAROLEKIT_JAVA_OPTS set "PAROLEKIT_JAVA_OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx1g"
java %PAROLEKIT_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
