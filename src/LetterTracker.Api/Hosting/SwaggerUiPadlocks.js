// A Swagger UI plugin: each operation's padlock says whether the operation needs an API key.
//
// Swagger UI draws the padlock closed when the caller counts as authorized for the operation, and an
// operation whose key is optional (security [{}, {"ApiKey": []}], the anonymous reads) always counts
// as authorized. So reads that need no key showed a closed padlock, and writes, before Authorize, an
// open one: the opposite of what a reader takes a padlock to mean. The document stays as it is (a
// read accepts a key but needs none); only the drawing changes: closed where every alternative
// names a scheme (a key is needed), open where one alternative is empty (no key needed).
window.LetterTrackerPadlocks = function (system) {
  var React = system.React;
  // The operation's security, from its summary (which knows it) to its padlock (which is told only
  // whether the caller is authorized).
  var OperationSecurity = React.createContext(null);

  function needsKey(security) {
    return security.size > 0 && !security.some(function (requirement) { return requirement.isEmpty(); });
  }

  function label(keyNeeded, authorized) {
    if (!keyNeeded) {
      return "No API key needed (a key given in Authorize is sent too)";
    }

    return authorized
      ? "Needs an API key: the key given in Authorize is sent"
      : "Needs an API key: give one in Authorize";
  }

  return {
    wrapComponents: {
      OperationSummary: function (Original) {
        return function (props) {
          return React.createElement(OperationSecurity.Provider, { value: props.operationProps.get("security") || null },
            React.createElement(Original, props));
        };
      },
      authorizeOperationBtn: function (Original, system) {
        return function (props) {
          return React.createElement(OperationSecurity.Consumer, null, function (security) {
            if (!security) {
              return React.createElement(Original, props);
            }

            var keyNeeded = needsKey(security);
            var text = label(keyNeeded, props.isAuthorized);
            var Icon = system.getComponent(keyNeeded ? "LockAuthOperationIcon" : "UnlockAuthOperationIcon", true);
            return React.createElement("button", {
              className: "authorization__btn",
              "aria-label": text,
              title: text,
              onClick: function (event) {
                event.stopPropagation();
                if (props.onClick) {
                  props.onClick();
                }
              },
            }, React.createElement(Icon, { className: keyNeeded ? "locked" : "unlocked" }));
          });
        };
      },
    },
  };
};
